import type { Blueprint } from "../../../shows/documents";
import { inferGenre, inferTone, mentions, mostMentioned } from "./genre-inference";
import type { Premise } from "./premise-analysis";
import { createSeededRandom, type SeededRandom } from "./seeded-random";
import { type Genre, type GenreKey, genres } from "./vocabulary/genres";
import { type Medium, media } from "./vocabulary/media";
import { type Palette, palettes } from "./vocabulary/palettes";
import { type Tone, tones } from "./vocabulary/tones";

/** The creative choices every document of a show shares. */
export interface ShowStyle {
  genre: Genre;
  tone: Tone;
  medium: Medium;
  palette: Palette;
  /** What the blueprint calls the genre: "Heist comedy". */
  label: string;
  /** A show for children: young cast, short episodes, gentle stakes. */
  forKids: boolean;
}

/**
 * The medium whose keywords the text mentions, the most specific first ("retro game" over
 * "retro"); a tie goes to the keyword written first.
 */
function namedMedium(text: string): Medium | null {
  let best: { entry: Medium; score: number; position: number } | null = null;
  const lower = text.toLowerCase();
  for (const entry of media) {
    const hits = entry.keywords.filter((keyword) => mentions(text, keyword));
    if (hits.length === 0) {
      continue;
    }
    const score = hits.reduce((sum, hit) => sum + hit.length, 0);
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

function genreById(key: GenreKey): Genre {
  return genres.find((genre) => genre.key === key)!;
}

/** Decides genre, tone, medium and palette from the premise's words, then by seeded choice. */
export function chooseStyle(premise: Premise): ShowStyle {
  const random = createSeededRandom(premise.text, "style");
  const family = genreById("family");
  const { genre, label, forKids } = inferGenre(premise.text, random);
  const tone = inferTone(premise.text, genre, forKids, random);
  const mediumChoices = byId(media, forKids ? family.media : genre.media);
  const medium = namedMedium(premise.text) ?? random.pick(mediumChoices);
  const palette = choosePalette(random, genre, medium, forKids);
  return { genre, label, tone, medium, palette, forKids };
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
  const named = inferGenre(blueprint.genre, createSeededRandom(blueprint.genre));
  const genre =
    genres.find((entry) => entry.labels.some((label) => same(label, blueprint.genre))) ??
    (named.genre.terms.some((term) => mentions(blueprint.genre, term)) ? named.genre : null) ??
    mostMentioned(`${blueprint.genre} ${blueprint.tone}`, genres) ??
    fromPremise.genre;
  const tone = tones.find((entry) => same(entry.name, blueprint.tone)) ?? fromPremise.tone;
  const mediumName = blueprint.productionStyle.medium;
  const medium =
    media.find((entry) => same(entry.name, mediumName)) ??
    namedMedium(mediumName) ??
    describedMedium(blueprint);
  const palette: Palette = {
    name: "Show palette",
    tags: [],
    colors: blueprint.visualAesthetics.palette,
  };
  const forKids = fromPremise.forKids || genre.key === "family";
  return { genre, label: blueprint.genre, tone, medium, palette, forKids };
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
