import type { Blueprint } from "../../../../shows/documents";
import type { MusicRequest } from "../../../types";

/** Score requests for the tests and the listening script: one show per style that matters. */

const baseBlueprint: Blueprint = {
  title: "The Salt Archive",
  logline:
    "A disgraced archivist returns to her flooded hometown to find its records rewriting themselves.",
  tagline: "Some stories refuse to stay buried.",
  genre: "Mystery drama",
  tone: "Brooding, tender",
  setting: "A sinking coastal town in the North Sea",
  themes: ["memory", "guilt", "home"],
  moodKeywords: ["misty", "salt-stained", "lamplit", "hushed"],
  productionStyle: { medium: "prestige live action", description: "Naturalistic, handheld." },
  visualAesthetics: {
    palette: [
      { name: "Harbour Night", hex: "#0e1a2b" },
      { name: "Lamp Amber", hex: "#e09f3e" },
      { name: "Bone", hex: "#f1e9da" },
    ],
    lighting: "Sodium lamps through fog",
    camera: "Long lenses, slow push-ins",
    composition: "Figures small against the sea wall",
    textures: "Wet stone, paper, rust",
  },
  posterDescription: "The archivist on the sea wall.",
};

function show(title: string, genre: string, tone: string): Blueprint {
  return { ...baseBlueprint, title, genre, tone };
}

export const moodScenes = {
  noir: {
    blueprint: show("Rain City", "Neo-noir crime", "Cynical, melancholic"),
    mood: ["smoky", "melancholic", "rain-slick", "lonely"],
  },
  comedy: {
    blueprint: show("Break Room", "Workplace comedy", "Playful, warm"),
    mood: ["bright", "bouncy", "silly", "sunny"],
  },
  thriller: {
    blueprint: show("The Leak", "Political thriller", "Tense, paranoid"),
    mood: ["urgent", "cold", "pulsing"],
  },
  horror: {
    blueprint: show("The Hollow", "Folk horror", "Dread, uncanny"),
    mood: ["eerie", "haunted", "misty"],
  },
  kids: {
    blueprint: show("Puddle Pals", "Preschool cartoon", "Bright, gentle"),
    mood: ["sunny", "playful", "colourful"],
  },
  mystery: { blueprint: baseBlueprint, mood: baseBlueprint.moodKeywords },
} satisfies Record<string, { blueprint: Blueprint; mood: string[] }>;

export type MoodScene = keyof typeof moodScenes;

export function scoreRequest(
  scene: MoodScene,
  options: { durationSeconds?: number; pace?: MusicRequest["context"]["pace"] } = {},
): MusicRequest {
  const { blueprint, mood } = moodScenes[scene];
  return {
    prompt: `A ${blueprint.genre.toLowerCase()} music bed: ${mood.join(", ")}.`,
    durationSeconds: options.durationSeconds ?? 20,
    context: { purpose: "score", blueprint, mood, pace: options.pace ?? "medium" },
    model: "",
  };
}
