import { z } from "zod";
import { safeText } from "./safe-text";
import { textLimits as max } from "./text-limits";

/**
 * The documents a show is made of. They are written by a TextProvider and validated here.
 *
 * Every field is required and objects are closed: OpenAI strict structured outputs accept only
 * schemas where every property is listed as required and `additionalProperties` is false, so
 * "unknown" is an empty string or an empty list, never a missing key.
 *
 * Every string is bounded (`text-limits.ts`): a paid model's over-long field is cut at a word
 * boundary (`fit-document.ts`) instead of failing the task, and an edit over the limit is a 400.
 */

export const paletteColorSchema = z.object({
  name: safeText(max.name, 1),
  hex: z.string().regex(/^#[0-9a-fA-F]{6}$/, "a #rrggbb colour"),
});

export const blueprintSchema = z.object({
  title: safeText(max.title, 1),
  logline: safeText(max.logline, 10),
  tagline: safeText(max.tagline, 3),
  genre: safeText(max.label, 1),
  tone: safeText(max.label, 1),
  setting: safeText(max.sentence, 1),
  themes: z.array(safeText(max.label)).min(1).max(6),
  moodKeywords: z.array(safeText(max.label)).min(3).max(8),
  productionStyle: z.object({
    /** The medium, e.g. "stop-motion claymation", "2D anime", "prestige live action". */
    medium: safeText(max.label, 1),
    description: safeText(max.prose, 1),
  }),
  visualAesthetics: z.object({
    palette: z.array(paletteColorSchema).min(3).max(6),
    lighting: safeText(max.sentence, 1),
    camera: safeText(max.sentence, 1),
    composition: safeText(max.sentence, 1),
    textures: safeText(max.sentence, 1),
  }),
  posterDescription: safeText(max.prose, 1),
});
export type Blueprint = z.infer<typeof blueprintSchema>;

export const characterSeedSchema = z.object({
  name: safeText(max.name, 1),
  role: safeText(max.label, 1),
  summary: safeText(max.prose, 1),
  vibe: safeText(max.sentence, 1),
  keyVisualTrait: safeText(max.sentence, 1),
});
export type CharacterSeed = z.infer<typeof characterSeedSchema>;

export const castSchema = z.object({
  characters: z.array(characterSeedSchema).min(1).max(10),
});
export type Cast = z.infer<typeof castSchema>;

export const dossierSchema = z.object({
  name: safeText(max.name, 1),
  role: safeText(max.label, 1),
  age: safeText(max.label, 1),
  pronouns: safeText(max.label, 1),
  appearance: safeText(max.prose, 1),
  wardrobe: safeText(max.prose, 1),
  personality: z.array(safeText(max.label)).min(2).max(6),
  backstory: safeText(max.prose, 1),
  motivation: safeText(max.sentence, 1),
  flaw: safeText(max.sentence, 1),
  voice: safeText(max.sentence, 1),
  relationships: z
    .array(z.object({ name: safeText(max.name), relation: safeText(max.sentence) }))
    .max(6),
  portraitGuidance: safeText(max.prose, 1),
  showcaseScene: safeText(max.prose, 1),
});
export type Dossier = z.infer<typeof dossierSchema>;

export const episodeOutlineSchema = z.object({
  number: z.number().int().min(1),
  title: safeText(max.title, 1),
  logline: safeText(max.logline, 1),
  aPlot: safeText(max.prose, 1),
  bPlot: safeText(max.prose, 1),
});
export type EpisodeOutline = z.infer<typeof episodeOutlineSchema>;

export const seasonSchema = z.object({
  format: z.object({
    runtimeMinutes: z.number().int().min(1).max(120),
    structure: safeText(max.sentence, 1),
    episodeCount: z.number().int().min(1).max(24),
  }),
  seasonArc: safeText(max.prose, 1),
  episodes: z.array(episodeOutlineSchema).min(1).max(12),
});
export type Season = z.infer<typeof seasonSchema>;
