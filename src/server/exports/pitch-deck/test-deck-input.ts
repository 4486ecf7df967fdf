import path from "node:path";
import sharp from "sharp";
import type { PitchDeckInput } from "./pitch-deck-input";

/**
 * A pitch deck's input for tests, with its pictures made on the spot by sharp: a 2:3 poster,
 * square portraits and 16:9 frames, each a gradient with a few shapes (no text: librsvg would
 * draw it in whatever fonts the machine has).
 */

async function makePicture(file: string, width: number, height: number, seed: number) {
  const hue = (seed * 67) % 360;
  const shapes = Array.from({ length: 6 }, (_, k) => {
    const cx = ((k * 397 + seed * 151) % 100) / 100;
    const cy = ((k * 211 + seed * 89) % 100) / 100;
    return `<circle cx="${cx * width}" cy="${cy * height}" r="${(0.08 + (k % 3) * 0.05) * width}" fill="hsl(${(hue + k * 40) % 360},60%,${40 + k * 6}%)"/>`;
  }).join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="hsl(${hue},55%,18%)"/>` +
    `<stop offset="1" stop-color="hsl(${(hue + 60) % 360},60%,48%)"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
  await sharp(Buffer.from(svg)).png().toFile(file);
  return file;
}

const names = [
  "Mei-Ling Chao",
  "Jun Chao",
  "Detective Łucja Dvořák",
  "Auntie Hsu",
  "Marco Bellini",
  "Old Wen",
  "Priya Raman",
  "Tomasz Wiśniewski",
  "Ada Okafor",
  "Søren Lund",
];

export async function makeDeckInput(
  dir: string,
  { castCount = 6, shotCount = 10 }: { castCount?: number; shotCount?: number } = {},
): Promise<PitchDeckInput> {
  const poster = await makePicture(path.join(dir, "poster.png"), 1024, 1536, 1);
  const cast = await Promise.all(
    Array.from({ length: castCount }, async (_, index) => ({
      name: names[index % names.length]!,
      role: index === 0 ? "Lead" : index === 1 ? "Deuteragonist" : "Supporting",
      bio: `Once the best safecracker on the island, now ladling beef noodle soup for tourists and cops alike. Character ${index + 1} keeps a ledger of debts nobody else remembers, and a key she swears she lost in 1994.`,
      portraitPath: await makePicture(
        path.join(dir, `portrait-${index}.png`),
        1024,
        1024,
        index + 2,
      ),
    })),
  );
  const shots = await Promise.all(
    Array.from({ length: shotCount }, async (_, index) => ({
      number: index + 1,
      framePath: await makePicture(path.join(dir, `frame-${index}.png`), 1280, 720, index + 20),
      heading: index % 2 ? "EXT. RAOHE NIGHT MARKET – NIGHT" : "INT. NOODLE STALL – NIGHT",
      action: "Steam rolls off the pot as Mei-Ling counts the till twice, watching the alley.",
      lines:
        index % 3 === 2
          ? []
          : [
              { speaker: "Mei-Ling Chao", text: "Nobody orders the number nine. Nobody." },
              { speaker: "Narrator", text: "Some keys open more than doors." },
            ],
    })),
  );
  return {
    title: "Night Market Safecracker",
    logline:
      "A retired safecracker and her nephew run a night market noodle stall in Taipei, until an old crew comes back for the one vault she never opened.",
    tagline: "Every lock remembers its last hand.",
    genre: "Crime comedy",
    tone: "Warm, wry, suspenseful",
    medium: "Prestige live action",
    posterPath: poster,
    style: {
      description:
        "Handheld intimacy in the stall, locked-off wides for the market; neon reflected in wet asphalt; a city that never quite sleeps and never quite wakes.",
      palette: [
        { name: "Wok black", hex: "#16181d" },
        { name: "Lantern red", hex: "#c8372d" },
        { name: "Broth gold", hex: "#e3a54a" },
        { name: "Neon teal", hex: "#2fb8ac" },
        { name: "Steam white", hex: "#eee8dc" },
      ],
      notes: [
        {
          label: "Lighting",
          text: "Practical neon and tungsten bulbs; faces lit from below by the stove.",
        },
        { label: "Camera", text: "Handheld close-ups at the stall, slow dolly through the crowd." },
        { label: "Composition", text: "Frames within frames: counters, shutters, steam." },
        { label: "Textures", text: "Wet tile, chipped enamel, brass padlocks, paper lanterns." },
      ],
      moodKeywords: ["steam", "neon", "nostalgia", "heist", "family"],
    },
    cast,
    season: {
      arc: "Mei-Ling's old crew returns to Taipei to pull the job she walked away from, and her nephew Jun is the only one who doesn't know what his aunt used to be.",
      format: "8 × 45 min · cold open and four acts",
      episodes: Array.from({ length: 8 }, (_, index) => ({
        number: index + 1,
        title: `Episode title ${index + 1}`,
        logline:
          "A regular's odd order reveals the crew is back in town, and the stall becomes their front.",
      })),
    },
    storyboards: [{ episodeNumber: 1, episodeTitle: "The Number Nine", shots }],
  };
}
