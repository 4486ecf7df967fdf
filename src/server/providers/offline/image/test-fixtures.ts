import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { Blueprint, Dossier } from "../../../shows/documents";
import { renderPortrait } from "./portrait";

/** Small, valid documents for the offline image tests and the sample renderer. */

export const liveActionBlueprint: Blueprint = {
  title: "The Salt Archive",
  logline:
    "A disgraced archivist returns to her flooded hometown to find the records of a drowned village rewriting themselves.",
  tagline: "Some stories refuse to stay buried.",
  genre: "Mystery drama",
  tone: "Brooding, tender, uncanny",
  setting: "A sinking coastal town in the North Sea",
  themes: ["memory", "guilt", "home"],
  moodKeywords: ["misty", "salt-stained", "lamplit", "hushed"],
  productionStyle: {
    medium: "prestige live action",
    description: "Naturalistic, handheld, long lenses, practical light.",
  },
  visualAesthetics: {
    palette: [
      { name: "Harbour Night", hex: "#0e1a2b" },
      { name: "Lamp Amber", hex: "#e09f3e" },
      { name: "Rust Red", hex: "#9e2a2b" },
      { name: "Sea Glass", hex: "#7fb7be" },
      { name: "Bone", hex: "#f1e9da" },
    ],
    lighting: "Sodium lamps through fog",
    camera: "Long lenses, slow push-ins",
    composition: "Figures small against the sea wall",
    textures: "Wet stone, paper, rust",
  },
  posterDescription:
    "The archivist on the sea wall, the drowned village glowing beneath the waves.",
};

export const claymationBlueprint: Blueprint = {
  ...liveActionBlueprint,
  title: "Pudding Lane Irregulars",
  logline:
    "Three orphaned bakers' apprentices solve the small crimes of a Victorian street made of dough.",
  tagline: "Crime never rises on their watch.",
  genre: "Family comedy mystery",
  productionStyle: { medium: "stop-motion claymation", description: "Thumbprints left in." },
  visualAesthetics: {
    ...liveActionBlueprint.visualAesthetics,
    palette: [
      { name: "Oven Brown", hex: "#3d2314" },
      { name: "Jam", hex: "#d1495b" },
      { name: "Custard", hex: "#edae49" },
      { name: "Mint Icing", hex: "#66a182" },
    ],
  },
};

export const animeBlueprint: Blueprint = {
  ...liveActionBlueprint,
  title: "Orbit of Small Gods",
  logline:
    "A courier on a ring station delivers prayers between the shrines of forgotten machine gods.",
  tagline: "Every message is a miracle.",
  genre: "Science-fantasy adventure",
  productionStyle: { medium: "2D anime", description: "Painted skies, sharp cel shading." },
  visualAesthetics: {
    ...liveActionBlueprint.visualAesthetics,
    palette: [
      { name: "Void", hex: "#140f2d" },
      { name: "Shrine Magenta", hex: "#f25f5c" },
      { name: "Halo Cyan", hex: "#40c9d6" },
      { name: "Star Gold", hex: "#ffe066" },
      { name: "Hull Violet", hex: "#6a4c93" },
    ],
  },
};

export const noirBlueprint: Blueprint = {
  ...liveActionBlueprint,
  title: "Nine Lives in Vice",
  logline: "A retired cat burglar is blackmailed into one last job for the police who caught her.",
  tagline: "Everybody owes somebody.",
  genre: "Crime thriller",
  productionStyle: {
    medium: "black-and-white neo-noir",
    description: "Hard shadows, venetian blinds.",
  },
  visualAesthetics: {
    ...liveActionBlueprint.visualAesthetics,
    palette: [
      { name: "Ink", hex: "#0b0b0c" },
      { name: "Smoke", hex: "#6b6b70" },
      { name: "Silver Screen", hex: "#d9d9d9" },
      { name: "Lipstick", hex: "#b3001b" },
    ],
  },
};

function dossier(fields: Pick<Dossier, "name" | "role" | "appearance" | "wardrobe">): Dossier {
  return {
    age: "40s",
    pronouns: "she/her",
    personality: ["stubborn", "wry"],
    backstory: "Left town after the flood.",
    motivation: "To read the last page.",
    flaw: "Trusts paper more than people.",
    voice: "Low and dry.",
    relationships: [],
    portraitGuidance: "Three-quarter view, lamp light.",
    showcaseScene: "Reading a ledger by torchlight.",
    ...fields,
  };
}

export const cast: Dossier[] = [
  dossier({
    name: "Maren Holt",
    role: "The archivist",
    appearance: "Tall, with close-cropped silver hair and grey eyes; pale, freckled skin.",
    wardrobe: "A waxed black coat and reading glasses on a cord.",
  }),
  dossier({
    name: "Tobias Quayle",
    role: "The harbourmaster",
    appearance: "Broad, weathered olive skin, a greying beard and black hair tied back.",
    wardrobe: "Oilskins and a wool cap.",
  }),
  dossier({
    name: "Ada Okonkwo",
    role: "The new constable",
    appearance: "Deep brown skin and long braids with copper beads; an easy smile.",
    wardrobe: "A crisp uniform worn a size too large.",
  }),
  dossier({
    name: "Wren Alder",
    role: "The drowned girl",
    appearance: "Small, with auburn hair always wet at the ends.",
    wardrobe: "A 1950s school pinafore.",
  }),
];

/** Renders the fixture cast's portraits small into `directory`, for tests that compose them. */
export function writeFixturePortraits(
  directory: string,
  side = 320,
): Promise<{ path: string; name: string }[]> {
  return Promise.all(
    cast.map(async (dossier, characterIndex) => {
      const file = path.join(directory, `portrait-${characterIndex}.png`);
      const png = await renderPortrait(
        { blueprint: liveActionBlueprint, dossier, characterIndex },
        { width: side, height: side },
      );
      await writeFile(file, png);
      return { path: file, name: dossier.name };
    }),
  );
}

/** Format and pixel size as sharp reads them from the encoded bytes. */
export async function pngInfo(
  data: Buffer,
): Promise<{ format: string | undefined; width: number | undefined; height: number | undefined }> {
  const { format, width, height } = await sharp(data).metadata();
  return { format, width, height };
}

export function sha256(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

export const cartoonBlueprint: Blueprint = {
  ...liveActionBlueprint,
  title: "Weekend at the Observatory",
  genre: "Workplace comedy",
  tone: "Warm, quick, silly",
  productionStyle: { medium: "hand-drawn 2D cartoon", description: "Thick lines, flat colour." },
  visualAesthetics: {
    ...liveActionBlueprint.visualAesthetics,
    palette: [
      { name: "Night Sky", hex: "#1b1f3b" },
      { name: "Telescope Teal", hex: "#2ec4b6" },
      { name: "Comet Orange", hex: "#ff9f1c" },
      { name: "Nebula Pink", hex: "#e71d36" },
    ],
  },
};
