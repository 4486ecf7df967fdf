import { brightGenres } from "./genres-bright";
import { shadowedGenres } from "./genres-shadowed";
import { tautGenres } from "./genres-taut";
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

/**
 * Every genre the writer tells apart. Thriller and western have their own stories, names and
 * looks here, while older tables (keyed by `GenreId`) read them as their nearest kin.
 */
export type GenreKey = GenreId | "thriller" | "western";

export interface Genre {
  /** The genre itself: what the blueprint is written from. */
  key: GenreKey;
  /** The nearest of the ten table genres: the genre itself, or a thriller's "noir". */
  id: GenreId;
  /** Names the blueprint may carry; one is chosen per show. */
  labels: readonly string[];
  /**
   * The genre's own names ("heist comedy" ends in one): a premise that names its genre is
   * believed before any of its story words.
   */
  terms: readonly string[];
  /** Story words that point to this genre ("gunslinger", "haunted"). */
  keywords: readonly string[];
  moods: readonly string[];
  themes: readonly string[];
  /** Every register the genre can carry; a premise's tone words choose among them. */
  tones: readonly ToneId[];
  /** Registers a reader accepts for any premise of the genre, used when it names none. */
  defaultTones: readonly ToneId[];
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
export const genres: readonly Genre[] = [...brightGenres, ...shadowedGenres, ...tautGenres];
