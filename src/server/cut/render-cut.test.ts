import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type NodeCue, parseSync } from "subtitle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectVideo } from "../providers/offline/video/inspect-video";
import type { CutPlan, CutProgress, CutResult } from "./cut-plan";
import { renderCut } from "./render-cut";
import {
  basePlan,
  makeCard,
  makeClip,
  makeMusic,
  makeSoftStill,
  makeVoice,
  stillShots,
} from "./test-fixtures";
import {
  changedShare,
  frameAt,
  frameCount,
  loudnessOf,
  meanDifference,
  sceneChanges,
  windowLevels,
} from "./test-probes";

// Small frames keep the suite quick on two shared cores; the benchmark renders 1280×720.
const small = { width: 640, height: 360 };
const frame = 1 / 24;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "cut-test-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function plan(overrides: Partial<CutPlan>): CutPlan {
  return { ...basePlan([]), ...small, ...overrides };
}

function average(values: number[]): number {
  return values.reduce((total, value) => total + value, 0) / values.length;
}

describe("a spoken cut of stills", () => {
  const durations = [3, 2.5, 3.5, 3];
  let result: CutResult;
  let out: string;
  const progress: CutProgress[] = [];

  beforeAll(async () => {
    out = path.join(dir, "spoken");
    const shots = (await stillShots(dir, 4, 1)).map((shot, index) => ({
      ...shot,
      durationSeconds: durations[index]!,
    }));
    result = await renderCut(
      plan({
        shots,
        music: { path: await makeMusic(dir, 7) },
        voices: [
          {
            path: await makeVoice(dir, "dawn", 2),
            startSeconds: 0.5,
            durationSeconds: 2,
            text: "We open at dawn.",
            speaker: "Ada",
          },
          {
            path: await makeVoice(dir, "map", 2.5, 1200),
            startSeconds: 6,
            durationSeconds: 2.5,
            text: "Not without the map.",
            speaker: "",
          },
        ],
      }),
      out,
      { onProgress: (report) => progress.push(report) },
    );
  });

  it("lasts exactly the sum of its shots", async () => {
    expect(result.durationSeconds).toBeCloseTo(12, 1);
    expect((await inspectVideo(result.videoPath)).durationSeconds).toBeCloseTo(12, 1);
    expect(await frameCount(result.videoPath, out)).toBe(12 * 24);
    expect(result.shotStarts).toEqual({
      "shot-1": 0,
      "shot-2": 3,
      "shot-3": 5.5,
      "shot-4": 9,
    });
  });

  it("changes picture exactly at the shot boundaries", async () => {
    const changes = await sceneChanges(result.videoPath, out);
    expect(changes).toHaveLength(3);
    changes.forEach((at, index) => {
      expect(Math.abs(at - [3, 5.5, 9][index]!)).toBeLessThanOrEqual(frame + 0.001);
    });
  });

  it("speaks where the lines are, and ducks the music under them", async () => {
    // Half-second windows: lines in 0.5–2.5 s and 6–8.5 s; clear of lines and ramps: 3.5–5 s
    // and 9.5–11 s.
    const spoken = [1, 2, 3, 4, 12, 13, 14, 15, 16];
    const clear = [7, 8, 9, 19, 20, 21];
    const pick = (levels: number[], windows: number[]) =>
      average(windows.map((window) => levels[window]!));
    const voice = await windowLevels(result.videoPath, out, "voice", 0.5);
    const music = await windowLevels(result.videoPath, out, "music", 0.5);
    // 24 windows, and a sliver of AAC padding past the end.
    expect(voice.length).toBeGreaterThanOrEqual(24);
    expect(pick(voice, spoken) - pick(voice, clear)).toBeGreaterThan(20);
    // The music is there in the clear, and 12 dB down under the lines.
    expect(pick(music, clear)).toBeGreaterThan(-40);
    expect(pick(music, clear) - pick(music, spoken)).toBeGreaterThan(8);
  });

  it("is normalised to −16 LUFS", async () => {
    const { integrated, truePeak } = await loudnessOf(result.videoPath, out);
    expect(Math.abs(integrated - -16)).toBeLessThanOrEqual(1);
    expect(truePeak).toBeLessThanOrEqual(-0.5);
  });

  it("captions each line at its time", () => {
    const cues = parseSync(result.vtt).filter((node): node is NodeCue => node.type === "cue");
    expect(cues.map((cue) => [cue.data.start, cue.data.text])).toEqual([
      [500, "<v Ada>We open at dawn.</v>"],
      [6000, "Not without the map."],
    ]);
    expect(result.srt).toContain("ADA: We open at dawn.");
  });

  it("reports progress that only grows, to 1", () => {
    const fractions = progress.map((report) => report.fraction);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress.some((report) => report.stage === "rendering" && report.fraction > 0.3)).toBe(
      true,
    );
  });
});

describe("dissolves, clips and cards", () => {
  let result: CutResult;
  let out: string;

  beforeAll(async () => {
    out = path.join(dir, "mixed");
    const [first, second] = await stillShots(dir, 2, 2);
    result = await renderCut(
      plan({
        shots: [
          first!,
          { ...second!, transitionIn: "dissolve" },
          {
            id: "clip",
            durationSeconds: 3,
            transitionIn: "cut",
            visual: { type: "clip", path: await makeClip(dir, 1) },
          },
          {
            id: "card",
            durationSeconds: 2,
            transitionIn: "dissolve",
            visual: { type: "card", path: await makeCard(dir) },
          },
        ],
      }),
      out,
    );
  });

  it("keeps the length: a dissolve overlaps inside the incoming shot", async () => {
    expect(result.durationSeconds).toBeCloseTo(9, 1);
    expect(await frameCount(result.videoPath, out)).toBe(9 * 24);
    expect(result.shotStarts).toEqual({ "shot-1": 0, "shot-2": 2, clip: 4, card: 7 });
  });

  it("blends the outgoing and incoming shots halfway through a dissolve", async () => {
    const before = await frameAt(result.videoPath, out, 1.96);
    const middle = await frameAt(result.videoPath, out, 2 + 6 * frame);
    const after = await frameAt(result.videoPath, out, 2.6);
    const rows = [0, before.height] as const;
    const apart = meanDifference(before, after, ...rows);
    expect(meanDifference(before, middle, ...rows)).toBeGreaterThan(apart * 0.25);
    expect(meanDifference(middle, after, ...rows)).toBeGreaterThan(apart * 0.25);
  });

  it("holds a short clip's last frame to the end of its shot, and holds a card", async () => {
    const changes = await sceneChanges(result.videoPath, out);
    // The clip starts on a hard cut; nothing changes while its last frame is held.
    expect(changes.some((at) => Math.abs(at - 4) <= frame + 0.001)).toBe(true);
    expect(changes.filter((at) => at > 5.1 && at < 6.9)).toEqual([]);
    const held = [
      await frameAt(result.videoPath, out, 5.5),
      await frameAt(result.videoPath, out, 6.9),
    ];
    expect(meanDifference(held[0]!, held[1]!, 0, held[0]!.height)).toBeLessThan(1);
    const card = [
      await frameAt(result.videoPath, out, 8),
      await frameAt(result.videoPath, out, 8.9),
    ];
    expect(meanDifference(card[0]!, card[1]!, 0, card[0]!.height)).toBeLessThan(1);
  });

  it("has a silent sound track when there is nothing to hear", async () => {
    const info = await inspectVideo(result.videoPath);
    expect(info.audioCodec).toBe("aac");
    expect((await loudnessOf(result.videoPath, out)).integrated).toBeLessThanOrEqual(-69);
    expect(result.cues).toEqual([]);
    expect(result.vtt.trim()).toBe("WEBVTT");
  });
});

describe("camera moves", () => {
  it("moves every still visibly over its shot, except the static one's slow drift", async () => {
    const out = path.join(dir, "moves");
    const still = await makeSoftStill(dir);
    const moves = ["static", "push-in", "dolly", "pan", "tilt", "handheld"] as const;
    const result = await renderCut(
      {
        ...basePlan(
          moves.map((move) => ({
            id: move,
            durationSeconds: 2,
            transitionIn: "cut",
            visual: { type: "still", path: still, move, framing: "medium" },
          })),
        ),
        width: 320,
        height: 180,
      },
      out,
    );
    // How far each shot gets from its first frame (thumbnails: where things are, not edges).
    const travel: Record<string, number> = {};
    for (const move of moves) {
      const start = result.shotStarts[move]!;
      const first = await frameAt(result.videoPath, out, start + 0.01, 32);
      travel[move] = 0;
      for (const at of [0.5, 1, 1.5, 2 - 2 * frame]) {
        const later = await frameAt(result.videoPath, out, start + at, 32);
        travel[move] = Math.max(travel[move]!, meanDifference(first, later, 0, first.height));
      }
    }
    for (const move of moves.filter((move) => move !== "static")) {
      expect(travel[move], move).toBeGreaterThan(travel.static! * 2.5);
    }
    expect(travel.static).toBeGreaterThan(0);
  });
});

describe("burned captions", () => {
  it("draws the line in the lower third and leaves the rest of the picture alone", async () => {
    const shots = await stillShots(dir, 2, 2);
    const voices = [
      {
        path: await makeVoice(dir, "caption", 1.5),
        startSeconds: 0.3,
        durationSeconds: 1.5,
        text: "We open at dawn.",
        speaker: "Ada",
      },
    ];
    const plain = await renderCut(plan({ shots, voices }), path.join(dir, "plain"));
    const burned = await renderCut(
      plan({ shots, voices, burnCaptions: true }),
      path.join(dir, "burned"),
    );
    const [plainDir, burnedDir] = [path.dirname(plain.videoPath), path.dirname(burned.videoPath)];
    const a = await frameAt(plain.videoPath, plainDir, 1);
    const b = await frameAt(burned.videoPath, burnedDir, 1);
    const third = Math.round(a.height / 3);
    expect(changedShare(a, b, 2 * third, a.height)).toBeGreaterThan(0.01);
    expect(changedShare(a, b, 0, 2 * third)).toBe(0);
    // Past the cue, the picture is the plain one again.
    const later = [
      await frameAt(plain.videoPath, plainDir, 3),
      await frameAt(burned.videoPath, burnedDir, 3),
    ];
    expect(changedShare(later[0]!, later[1]!, 0, a.height)).toBe(0);
  });
});

describe("abort", () => {
  it("kills ffmpeg at once and leaves no files behind", async () => {
    const out = path.join(dir, "aborted");
    const shots = await stillShots(dir, 30, 4);
    const controller = new AbortController();
    let abortedAt = 0;
    const rendering = renderCut(plan({ shots }), out, {
      signal: controller.signal,
      onProgress: ({ stage, fraction }) => {
        if (stage === "rendering" && fraction > 0 && abortedAt === 0) {
          abortedAt = performance.now();
          controller.abort(new Error("stop"));
        }
      },
    });
    await expect(rendering).rejects.toThrow("stop");
    expect(performance.now() - abortedAt).toBeLessThan(1500);
    expect(ffmpegChildren()).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
  });
});

/** ffmpeg processes this process started that are still alive. */
function ffmpegChildren(): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return Number(fields[1]) === process.pid && stat.includes("(ffmpeg)");
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe("the end of a cut", () => {
  it("keeps the last line at full level to its end: only the music fades out", async () => {
    const out = path.join(dir, "ending");
    const [shot] = await stillShots(dir, 1, 4);
    const result = await renderCut(
      plan({
        shots: [{ ...shot!, durationSeconds: 4 }],
        music: { path: await makeMusic(dir, 4) },
        voices: [
          {
            path: await makeVoice(dir, "last", 3.1),
            startSeconds: 0.5,
            durationSeconds: 3.1,
            text: "And that is how it ends.",
            speaker: "Ada",
          },
        ],
      }),
      out,
      {},
    );
    // Quarter-second windows: the line's middle (1–2 s) against 3.25–3.5 s, near its end at
    // 3.6 s, which a fade over the whole mix (the last second) would pull down.
    const voice = await windowLevels(result.videoPath, out, "voice", 0.25);
    const middle = average([4, 5, 6, 7].map((window) => voice[window]!));
    const end = voice[13]!;
    expect(middle - end).toBeLessThan(1.5);
  });
});
