import type { Blueprint } from "../../../shows/documents";
import type { Premise } from "./premise-analysis";
import { createSeededRandom, type SeededRandom } from "./seeded-random";
import { type Genre, type GenreId, genres } from "./vocabulary/genres";
import { type Medium, media } from "./vocabulary/media";
import { type Palette, palettes } from "./vocabulary/palettes";
import { type Tone, tones } from "./vocabulary/tones";

/** The creative choices every document of a show shares. */
export interface ShowStyle {
  genre: Genre;
  tone: Tone;
  medium: Medium;
  palette: Palette;
  /** A show for children: young cast, short episodes, gentle stakes. */
  forKids: boolean;
}

const kidsAudience =
  /\b(kids?|children|preschool(ers)?|family-friendly|all-ages|young viewers|bedtime)\b/i;

/** Whole-word match that forgives simple inflections: "detective" finds "detectives". */
export function mentions(text: string, keyword: string): boolean {
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `(^|[^\\p{L}\\p{N}])${escaped}(s|es|ed|d|ing|ers?)?(?![\\p{L}\\p{N}])`,
    "iu",
  ).test(text);
}

/**
 * The entry whose keywords the text mentions most. Ties go to the keyword that appears first
 * ("a noir detective story" is noir), or with `byLength` to the more specific keyword
 * ("retro game" over "retro").
 */
function bestMatch<T extends { keywords: readonly string[] }>(
  text: string,
  entries: readonly T[],
  scoring: "by-count" | "by-length" = "by-count",
) {
  let best: { entry: T; score: number; position: number } | null = null;
  const lower = text.toLowerCase();
  for (const entry of entries) {
    const hits = entry.keywords.filter((keyword) => mentions(text, keyword));
    if (hits.length === 0) {
      continue;
    }
    const score =
      scoring === "by-count" ? hits.length : hits.reduce((sum, hit) => sum + hit.length, 0);
    const position = Math.min(...hits.map((keyword) => lower.indexOf(keyword.toLowerCase())));
    if (!best || score > best.score || (score === best.score && position < best.position)) {
      best = { entry, score, position };
    }
  }
  return best?.entry ?? null;
}

function byId<T extends { id: string }>(entries: readonly T[], ids: readonly string[]): T[] {
  return entries.filter((entry) => ids.includes(entry.id));
}

function genreById(id: GenreId): Genre {
  return genres.find((genre) => genre.id === id)!;
}

/** Decides genre, tone, medium and palette from the premise's words, then by seeded choice. */
export function chooseStyle(premise: Premise): ShowStyle {
  const random = createSeededRandom(premise.text, "style");
  const family = genreById("family");
  const matchedGenre = bestMatch(premise.text, genres);
  const forKids = kidsAudience.test(premise.text) || matchedGenre?.id === "family";
  const genre = matchedGenre ?? random.pick(genres.filter((entry) => entry.id !== "family"));
  const toneChoices = byId(tones, forKids ? family.tones : genre.tones);
  const tone = bestMatch(premise.text, tones) ?? random.pick(toneChoices);
  const mediumChoices = byId(media, forKids ? family.media : genre.media);
  const medium = bestMatch(premise.text, media, "by-length") ?? random.pick(mediumChoices);
  const palette = choosePalette(random, genre, medium, forKids);
  return { genre, tone, medium, palette, forKids };
}

function choosePalette(
  random: SeededRandom,
  genre: Genre,
  medium: Medium,
  forKids: boolean,
): Palette {
  const wanted = [...genre.paletteTags, ...medium.paletteTags, ...(forKids ? ["bright"] : [])];
  const scored = palettes.map((palette) => ({
    palette,
    score: palette.tags.filter((tag) => wanted.includes(tag)).length,
  }));
  const top = Math.max(...scored.map((entry) => entry.score));
  return random.pick(scored.filter((entry) => entry.score >= top - 1).slice(0, 4)).palette;
}

/**
 * The style of a show whose blueprint already exists, possibly written by another provider:
 * trust its words where the vocabulary knows them, the premise where it does not.
 */
export function styleOfBlueprint(blueprint: Blueprint, premise: Premise): ShowStyle {
  const fromPremise = chooseStyle(premise);
  const genre =
    genres.find((entry) => entry.labels.some((label) => same(label, blueprint.genre))) ??
    bestMatch(`${blueprint.genre} ${blueprint.tone}`, genres) ??
    fromPremise.genre;
  const tone = tones.find((entry) => same(entry.name, blueprint.tone)) ?? fromPremise.tone;
  const named = blueprint.productionStyle.medium;
  const medium =
    media.find((entry) => same(entry.name, named)) ??
    bestMatch(named, media, "by-length") ??
    describedMedium(blueprint);
  const palette: Palette = {
    name: "Show palette",
    tags: [],
    colors: blueprint.visualAesthetics.palette,
  };
  const forKids = fromPremise.forKids || genre.id === "family";
  return { genre, tone, medium, palette, forKids };
}

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** A medium the vocabulary does not know, described in the blueprint's own words. */
function describedMedium(blueprint: Blueprint): Medium {
  const { medium, description } = blueprint.productionStyle;
  const looks = blueprint.visualAesthetics;
  return {
    id: "live-action",
    name: medium,
    keywords: [],
    description,
    lighting: looks.lighting,
    camera: looks.camera,
    composition: looks.composition,
    textures: looks.textures,
    portrait: `${medium} portrait, ${looks.lighting}`,
    motion: `${looks.camera}, in the ${medium} style`,
    paletteTags: [],
  };
}
