import { z } from "zod";

/**
 * The documents a show is made of. They are written by a TextProvider and validated here.
 *
 * Every field is required and objects are closed: OpenAI strict structured outputs accept only
 * schemas where every property is listed as required and `additionalProperties` is false, so
 * "unknown" is an empty string or an empty list, never a missing key.
 */

export const paletteColorSchema = z.object({
  name: z.string().min(1),
  hex: z.string().regex(/^#[0-9a-fA-F]{6}$/, "a #rrggbb colour"),
});

export const blueprintSchema = z.object({
  title: z.string().min(1).max(80),
  logline: z.string().min(10),
  tagline: z.string().min(3),
  genre: z.string().min(1),
  tone: z.string().min(1),
  setting: z.string().min(1),
  themes: z.array(z.string()).min(1).max(6),
  moodKeywords: z.array(z.string()).min(3).max(8),
  productionStyle: z.object({
    /** The medium, e.g. "stop-motion claymation", "2D anime", "prestige live action". */
    medium: z.string().min(1),
    description: z.string().min(1),
  }),
  visualAesthetics: z.object({
    palette: z.array(paletteColorSchema).min(3).max(6),
    lighting: z.string().min(1),
    camera: z.string().min(1),
    composition: z.string().min(1),
    textures: z.string().min(1),
  }),
  posterDescription: z.string().min(1),
});
export type Blueprint = z.infer<typeof blueprintSchema>;

export const characterSeedSchema = z.object({
  name: z.string().min(1),
  role: z.string().min(1),
  summary: z.string().min(1),
  vibe: z.string().min(1),
  keyVisualTrait: z.string().min(1),
});
export type CharacterSeed = z.infer<typeof characterSeedSchema>;

export const castSchema = z.object({
  characters: z.array(characterSeedSchema).min(1).max(10),
});
export type Cast = z.infer<typeof castSchema>;

export const dossierSchema = z.object({
  name: z.string().min(1),
  role: z.string().min(1),
  age: z.string().min(1),
  pronouns: z.string().min(1),
  appearance: z.string().min(1),
  wardrobe: z.string().min(1),
  personality: z.array(z.string()).min(2).max(6),
  backstory: z.string().min(1),
  motivation: z.string().min(1),
  flaw: z.string().min(1),
  voice: z.string().min(1),
  relationships: z.array(z.object({ name: z.string(), relation: z.string() })).max(6),
  portraitGuidance: z.string().min(1),
  showcaseScene: z.string().min(1),
});
export type Dossier = z.infer<typeof dossierSchema>;

export const episodeOutlineSchema = z.object({
  number: z.number().int().min(1),
  title: z.string().min(1),
  logline: z.string().min(1),
  aPlot: z.string().min(1),
  bPlot: z.string().min(1),
});
export type EpisodeOutline = z.infer<typeof episodeOutlineSchema>;

export const seasonSchema = z.object({
  format: z.object({
    runtimeMinutes: z.number().int().min(1).max(120),
    structure: z.string().min(1),
    episodeCount: z.number().int().min(1).max(24),
  }),
  seasonArc: z.string().min(1),
  episodes: z.array(episodeOutlineSchema).min(1).max(12),
});
export type Season = z.infer<typeof seasonSchema>;
