import path from "node:path";
import sharp from "sharp";
import type { Blueprint, Dossier } from "../../../shows/documents";
import type { MediaRef, VideoContext, VideoRequest } from "../../types";

/** Test and bench fixtures: a blueprint and palette-coloured stills drawn with sharp. */

export const fixtureBlueprint: Blueprint = {
  title: "The Lighthouse Keepers",
  logline:
    "When the last automated lighthouse on a storm-battered island goes dark, three estranged siblings must keep it lit by hand — and learn what their father was really guarding.",
  tagline: "Some lights are kept. Some are kept secret.",
  genre: "Coastal mystery",
  tone: "Brooding, warm, wry",
  setting: "A remote North Atlantic island, present day",
  themes: ["family", "duty", "secrets"],
  moodKeywords: ["salt", "fog", "lamplight"],
  productionStyle: { medium: "stop-motion", description: "Handmade miniatures, felt and wood" },
  visualAesthetics: {
    palette: [
      { name: "storm navy", hex: "#1b2a41" },
      { name: "sea glass", hex: "#5fa8a0" },
      { name: "lamp amber", hex: "#f2a541" },
      { name: "fog", hex: "#c9d3d8" },
    ],
    lighting: "Low-key with warm practicals",
    camera: "Slow dolly moves",
    composition: "Wide negative space",
    textures: "Wool, weathered paint",
  },
  posterDescription: "Three figures under a single beam of light",
};

const figureColors = ["#f2a541", "#5fa8a0", "#c9d3d8", "#e76f51", "#8ab17d", "#b084cc"];

/** A square "portrait": a palette background with a simple head-and-shoulders figure. */
export async function writePortrait(dir: string, index: number, size = 768): Promise<MediaRef> {
  const file = path.join(dir, `portrait-${index}.png`);
  const color = figureColors[index % figureColors.length];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
    <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2c4a6b"/><stop offset="1" stop-color="#1b2a41"/>
    </linearGradient></defs>
    <rect width="100" height="100" fill="url(#bg)"/>
    <circle cx="78" cy="20" r="9" fill="#f2a541" fill-opacity="0.35"/>
    <rect x="45" y="50" width="10" height="12" fill="#d9b896"/>
    <path d="M18 100 C18 72 32 62 50 62 C68 62 82 72 82 100 Z" fill="${color}"/>
    <circle cx="50" cy="40" r="17" fill="#e9c9a8"/>
    <path d="M33 38 C33 22 67 22 67 38 C60 30 40 30 33 38 Z" fill="#3b2a20"/>
    <circle cx="44" cy="42" r="1.8" fill="#1b2a41"/><circle cx="56" cy="42" r="1.8" fill="#1b2a41"/>
    <path d="M45 50 Q50 54 55 50" stroke="#1b2a41" stroke-width="1.2" fill="none"/>
  </svg>`;
  await sharp(Buffer.from(svg)).png().toFile(file);
  return { path: file, mime: "image/png" };
}

/** A 16:9 "episode still": horizon, sea and a lighthouse. */
export async function writeStill(dir: string): Promise<MediaRef> {
  const file = path.join(dir, "still.png");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 160 90">
    <rect width="160" height="50" fill="#5fa8a0"/><rect y="50" width="160" height="40" fill="#1b2a41"/>
    <rect x="110" y="20" width="8" height="32" fill="#c9d3d8"/><rect x="108" y="15" width="12" height="6" fill="#f2a541"/>
    <circle cx="30" cy="18" r="7" fill="#f2a541" fill-opacity="0.7"/>
  </svg>`;
  await sharp(Buffer.from(svg)).png().toFile(file);
  return { path: file, mime: "image/png" };
}

/** A character video of the show's lead, her portrait drawn into `dir`. */
export async function characterVideoContext(
  dir: string,
): Promise<Extract<VideoContext, { purpose: "character_video" }>> {
  return {
    purpose: "character_video",
    blueprint: fixtureBlueprint,
    dossier: fixtureDossier("Maren Holt", "The eldest, who stayed"),
    portrait: await writePortrait(dir, 0),
  };
}

export function fixtureDossier(name: string, role: string): Dossier {
  return {
    name,
    role,
    age: "38",
    pronouns: "she/her",
    appearance: "Weathered, watchful",
    wardrobe: "Oilskin coat",
    personality: ["stubborn", "loyal"],
    backstory: "Stayed when the others left.",
    motivation: "Keep the light burning",
    flaw: "Cannot ask for help",
    voice: "Dry and low",
    relationships: [],
    portraitGuidance: "Lamplit, three-quarter view",
    showcaseScene: "Climbing the lighthouse stairs in a storm",
  };
}

export function videoRequest(context: VideoContext, durationSeconds: number): VideoRequest {
  return {
    prompt: `A ${context.purpose} for ${context.blueprint.title}`,
    references: [],
    durationSeconds,
    aspect: "16:9",
    resolution: "720p",
    audio: true,
    context,
    model: "offline-animatic",
  };
}
