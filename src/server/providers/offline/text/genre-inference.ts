import { capitalize } from "./prose";
import type { SeededRandom } from "./seeded-random";
import { type Genre, type GenreKey, genres } from "./vocabulary/genres";
import { type Tone, tones } from "./vocabulary/tones";

/**
 * Genre and tone from the premise's words. A premise that names its genre ("a heist comedy") is
 * taken at its word, the last genre noun of the phrase deciding as in English compounds ("noir
 * parody" is a parody); only a premise that names none is judged by its story words, and a
 * children's show is never filed under horror, noir or thriller.
 */

/** Whole-word match that forgives simple inflections: "detective" finds "detectives". */
export function mentions(text: string, keyword: string): boolean {
  return positionOf(text, keyword) >= 0;
}

function positionOf(text: string, keyword: string): number {
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[' ]/g, "[-' ’]?");
  const match = new RegExp(
    `(^|[^\\p{L}\\p{N}])${escaped}(s|es|ed|d|ing|ers?)?(?![\\p{L}\\p{N}])`,
    "iu",
  ).exec(text);
  return match ? match.index + match[1]!.length : -1;
}

interface TermMatch {
  genre: Genre;
  term: string;
  start: number;
  end: number;
}

function termMatches(text: string): TermMatch[] {
  const found = genres.flatMap((genre) =>
    genre.terms.flatMap((term) => {
      const start = positionOf(text, term);
      return start >= 0 ? [{ genre, term, start, end: start + term.length }] : [];
    }),
  );
  // "romantic comedy" is one term, not a comedy: a longer match swallows the ones inside it.
  return found
    .filter(
      (match) =>
        !found.some(
          (other) =>
            other !== match &&
            other.start <= match.start &&
            other.end >= match.end &&
            other.term.length > match.term.length,
        ),
    )
    .sort((a, b) => a.start - b.start);
}

/** Words that may sit between two genre nouns of one phrase: "a claymation noir parody". */
const compoundGap = /^[\s-]*([\p{L}-]+[\s-]+){0,2}$/u;
const phraseBreak =
  /\b(about|where|who|which|that|in|on|at|for|of|with|following|set|between)\b|[,.;:]/i;

/** The genre noun that heads the premise's first genre phrase. */
function namedGenre(text: string): TermMatch | null {
  const matches = termMatches(text);
  let head = matches[0];
  if (!head) {
    return null;
  }
  for (const next of matches.slice(1)) {
    const gap = text.slice(head.end, next.start);
    if (!compoundGap.test(gap) || phraseBreak.test(gap)) {
      break;
    }
    // "A noir detective story" is a noir: "… story" names the plot, the word before the style.
    if (!next.term.endsWith(" story")) {
      head = next;
    }
  }
  return head;
}

/** Modifiers a reader keeps in the genre's name: "heist comedy", "political thriller". */
const subgenreWords = new Set(
  `heist workplace political folk cosy cozy near-future epic survival psychological crime family
  supernatural regency period legal medical spy teen gothic slow-burn romantic space dark black
  screwball musical historical victorian sci-fi horror noir office ensemble buddy gritty revenge
  sports occult urban small-town conspiracy`.split(/\s+/),
);

/** Words about how the show is made, skipped on the way to the modifiers. */
const mediumWords = new Set(
  `anime claymation stop-motion watercolour watercolor puppet puppetry graphic-novel graphic novel
  live-action animated cartoon black-and-white documentary-style 2d 3d cgi motion-comic`.split(
    /\s+/,
  ),
);

function labelFor(text: string, named: TermMatch): string {
  const before = text.slice(0, named.start).trim().split(/\s+/).reverse();
  const kept: string[] = [];
  for (const word of before) {
    const lower = word.toLowerCase();
    if (mediumWords.has(lower)) {
      continue;
    }
    if (!subgenreWords.has(lower) || kept.length >= 2) {
      break;
    }
    kept.unshift(lower);
  }
  const written = text.slice(named.start, named.end).toLowerCase();
  // "preschool" names an audience; the label still needs to say what the show is.
  const noun = /^(preschool|kids'? show|children's show)$/.test(written)
    ? "preschool series"
    : written;
  return capitalize([...kept, noun].join(" "));
}

const kidsAudience =
  /\b(kids?|children|child|preschool(ers)?|family-friendly|all-ages|young viewers|bedtime|toddlers?)\b/i;
const grownUpOnly: ReadonlySet<GenreKey> = new Set(["horror", "noir", "thriller"]);

export interface GenreReading {
  genre: Genre;
  /** What the blueprint calls it: the premise's own genre name when it gives one. */
  label: string;
  forKids: boolean;
}

function genreById(key: GenreKey): Genre {
  return genres.find((genre) => genre.key === key)!;
}

export function inferGenre(text: string, random: SeededRandom): GenreReading {
  const forKids = kidsAudience.test(text);
  const named = namedGenre(text);
  if (named && !(forKids && grownUpOnly.has(named.genre.key))) {
    return { genre: named.genre, label: labelFor(text, named), forKids };
  }
  const told = mostMentioned(text, genres);
  const genre =
    forKids && (!told || grownUpOnly.has(told.key))
      ? genreById("family")
      : (told ?? genreById("drama"));
  return { genre, label: random.pick(genre.labels), forKids: forKids || genre.key === "family" };
}

/**
 * The entry whose keywords the text mentions most; ties go to the keyword that appears first
 * ("a noir detective story" is noir).
 */
export function mostMentioned<T extends { keywords: readonly string[] }>(
  text: string,
  entries: readonly T[],
): T | null {
  let best: { entry: T; score: number; position: number } | null = null;
  for (const entry of entries) {
    const positions = entry.keywords
      .map((keyword) => positionOf(text, keyword))
      .filter((position) => position >= 0);
    if (positions.length === 0) {
      continue;
    }
    const position = Math.min(...positions);
    if (
      !best ||
      positions.length > best.score ||
      (positions.length === best.score && position < best.position)
    ) {
      best = { entry, score: positions.length, position };
    }
  }
  return best?.entry ?? null;
}

const kidsTones: ReadonlySet<string> = new Set(["whimsical", "chaotic", "hopeful"]);

/** The register: the premise's own tone words where the genre can carry them, else a safe one. */
export function inferTone(
  text: string,
  genre: Genre,
  forKids: boolean,
  random: SeededRandom,
): Tone {
  const fitting = (ids: readonly string[]) =>
    tones.filter((tone) => ids.includes(tone.id) && (!forKids || kidsTones.has(tone.id)));
  const allowed = fitting(genre.tones);
  const asked = mostMentioned(text, allowed);
  if (asked) {
    return asked;
  }
  const safe = fitting(genre.defaultTones);
  return random.pick(
    safe.length > 0 ? safe : allowed.length > 0 ? allowed : fitting(["whimsical"]),
  );
}
