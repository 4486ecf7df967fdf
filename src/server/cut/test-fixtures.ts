import path from "node:path";
import sharp from "sharp";
import { bundledFfmpegPath, runFfmpeg } from "../providers/offline/video/ffmpeg";
import type { CutPlan, CutShot } from "./cut-plan";

/**
 * Media for cut tests and the benchmark, made on the spot: stills that differ from each other
 * in every region (so any crop of one tells it from the next), speech-like tones, a music bed,
 * a short clip. No text in the pictures: librsvg would draw it with whatever fonts the machine has.
 */

export async function makeStill(
  dir: string,
  index: number,
  size = { width: 1280, height: 720 },
): Promise<string> {
  const { width, height } = size;
  const hue = (index * 67) % 360;
  const shapes = Array.from({ length: 36 }, (_, k) => {
    const x = (k * 397 + index * 151) % width;
    const y = (k * 211 + index * 89) % height;
    const r = 20 + ((k * 13 + index * 7) % 90);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${(hue + k * 23) % 360},70%,${35 + (k % 5) * 10}%)"/>`;
  }).join("");
  const stripes = Array.from(
    { length: 8 },
    (_, k) =>
      `<rect x="${(k * width) / 8}" y="${((k + index) % 3) * 40}" width="${width / 16}" height="${height}" fill="hsl(${(hue + 180) % 360},50%,${20 + k * 8}%)" opacity="0.35"/>`,
  ).join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="hsl(${hue},65%,25%)"/>` +
    `<stop offset="1" stop-color="hsl(${(hue + 90) % 360},65%,60%)"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/>${stripes}${shapes}</svg>`;
  const file = path.join(dir, `still-${index}.png`);
  await sharp(Buffer.from(svg)).png().toFile(file);
  return file;
}

/**
 * A soft still: a gradient with three blurred blobs. Its frames differ in proportion to how far
 * the camera moved, where a busy still's differ as soon as any edge moves.
 */
export async function makeSoftStill(dir: string): Promise<string> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720"><defs>` +
    `<linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#203060"/>` +
    `<stop offset="1" stop-color="#e0a040"/></linearGradient>` +
    `<filter id="b"><feGaussianBlur stdDeviation="30"/></filter></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/><g filter="url(#b)">` +
    `<circle cx="300" cy="250" r="160" fill="#f0f0f0"/><circle cx="900" cy="450" r="200" fill="#101010"/>` +
    `<circle cx="700" cy="150" r="100" fill="#30c060"/></g></svg>`;
  const file = path.join(dir, "soft.png");
  await sharp(Buffer.from(svg)).png().toFile(file);
  return file;
}

/** A plain card (a dark field with a bright bar), as a title card would be drawn. */
export async function makeCard(dir: string, size = { width: 1280, height: 720 }): Promise<string> {
  const { width, height } = size;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" fill="#101018"/>` +
    `<rect x="${width * 0.2}" y="${height * 0.45}" width="${width * 0.6}" height="${height * 0.1}" fill="#e8d7a0"/></svg>`;
  const file = path.join(dir, "card.png");
  await sharp(Buffer.from(svg)).png().toFile(file);
  return file;
}

/**
 * A line of "speech": a tone with syllable-rate tremolo and a breath of high noise, mono 24 kHz
 * like a TTS engine's output, and quiet (about −30 LUFS) so the mix must level it. Everything in
 * it is above 600 Hz and everything in `makeMusic` below 200 Hz, so a test can hear each apart.
 */
export async function makeVoice(dir: string, name: string, seconds: number, hz = 880) {
  const file = path.join(dir, `${name}.wav`);
  await ffmpeg([
    ...["-f", "lavfi", "-i", `sine=f=${hz}:sample_rate=24000:d=${seconds}`],
    ...["-f", "lavfi", "-i", `anoisesrc=color=pink:amplitude=0.2:sample_rate=24000:d=${seconds}`],
    ...[
      "-filter_complex",
      "[1:a]highpass=f=1500,highpass=f=1500[breath];[0:a][breath]amix=inputs=2" +
        ",volume='0.05+0.04*sin(2*PI*4.3*t)':eval=frame,afade=t=in:d=0.05",
    ],
    ...["-ac", "1", "-y", file],
  ]);
  return file;
}

/** A music bed: a low chord with a rumble, all below 200 Hz, stereo 44.1 kHz and loud. */
export async function makeMusic(dir: string, seconds: number): Promise<string> {
  const file = path.join(dir, "music.wav");
  await ffmpeg([
    ...["-f", "lavfi", "-i", `sine=f=110:d=${seconds}`],
    ...["-f", "lavfi", "-i", `sine=f=165:d=${seconds}`],
    ...["-f", "lavfi", "-i", `anoisesrc=color=brown:amplitude=0.3:d=${seconds}`],
    ...["-filter_complex", "[2:a]lowpass=f=150[rumble];[0:a][1:a][rumble]amix=inputs=3,volume=2.2"],
    ...["-ac", "2", "-ar", "44100", "-y", file],
  ]);
  return file;
}

/** A short moving test pattern, 640×360 at 30 fps (another size and rate than the cut's). */
export async function makeClip(dir: string, seconds: number): Promise<string> {
  const file = path.join(dir, "clip.mp4");
  await ffmpeg([
    ...["-f", "lavfi", "-i", `testsrc2=s=640x360:r=30:d=${seconds}`],
    ...["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-y", file],
  ]);
  return file;
}

/** `count` distinct stills of `seconds` each, hard cuts, alternating camera moves. */
export async function stillShots(dir: string, count: number, seconds: number): Promise<CutShot[]> {
  const moves = ["push-in", "pan", "static", "dolly", "tilt", "handheld"] as const;
  const stills = await Promise.all(
    Array.from({ length: count }, (_, index) => makeStill(dir, index)),
  );
  return stills.map((still, index) => ({
    id: `shot-${index + 1}`,
    durationSeconds: seconds,
    transitionIn: "cut",
    visual: { type: "still", path: still, move: moves[index % moves.length]!, framing: "medium" },
  }));
}

export function basePlan(shots: CutShot[]): CutPlan {
  return {
    width: 1280,
    height: 720,
    fps: 24,
    shots,
    voices: [],
    music: null,
    loudnessLufs: -16,
    burnCaptions: false,
  };
}

function ffmpeg(args: string[]): Promise<string> {
  return runFfmpeg({ ffmpegPath: bundledFfmpegPath, args, totalSeconds: 1 });
}
