import { brightGenres } from "./genres-bright";
import { shadowedGenres } from "./genres-shadowed";
import type { MediumId } from "./media";
import type { PaletteTag } from "./palettes";
import type { ToneId } from "./tones";

export type GenreId =
  | "comedy"
  | "horror"
  | "science-fiction"
  | "mystery"
  | "fantasy"
  | "noir"
  | "drama"
  | "romance"
  | "adventure"
  | "family";

export interface Genre {
  id: GenreId;
  /** Names the blueprint may carry; one is chosen per show. */
  labels: readonly string[];
  /** Premise words that point to this genre. */
  keywords: readonly string[];
  moods: readonly string[];
  themes: readonly string[];
  tones: readonly ToneId[];
  media: readonly MediumId[];
  paletteTags: readonly PaletteTag[];
  /** The hero when the premise names nobody. */
  fallbackHero: string;
  /** The place when the premise names none. */
  fallbackPlace: string;
  /** Ages of the grown-up cast; family shows star children. */
  leadAge: readonly [number, number];
  season: { runtimeMinutes: number; structure: string };
}

/** Every genre; the order breaks ties when a premise matches two equally. */
export const genres: readonly Genre[] = [...brightGenres, ...shadowedGenres];
