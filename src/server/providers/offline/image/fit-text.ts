import { stripUnsafeCharacters } from "../../../shows/safe-text";
import { truncateAtWord } from "../../../shows/truncate-text";

/**
 * Type sizing without a browser. satori does not shrink text to fit, so display lines are
 * sized from their length: Inter's capitals average about 0.72 em at weight 900 and 0.64 em
 * at 600. The estimate errs large per glyph, so a fitted line wraps before it ever clips.
 */

const emPerCapital = { 400: 0.62, 600: 0.66, 700: 0.68, 800: 0.7, 900: 0.74 } as const;

export type DisplayWeight = keyof typeof emPerCapital;

/** The largest font size, within [min, max], at which `text` in capitals fits `width`. */
export function fitFontSize(
  text: string,
  width: number,
  {
    weight = 900,
    min = 12,
    max = 400,
    tracking = 0,
  }: { weight?: DisplayWeight; min?: number; max?: number; tracking?: number } = {},
): number {
  const ems = displayEms(text, weight, tracking);
  return Math.round(Math.max(min, Math.min(max, width / Math.max(ems, 1))));
}

/** The width of `text` set in capitals, in ems: an estimate that errs wide, never narrow. */
export function displayEms(text: string, weight: DisplayWeight = 900, tracking = 0): number {
  return [...text].reduce((sum, char) => sum + glyphEms(char, weight) + tracking, 0);
}

function glyphEms(char: string, weight: DisplayWeight): number {
  if (char === " ") {
    return 0.28;
  }
  if (/[IJ1.,:;'!|]/.test(char)) {
    return 0.36;
  }
  if (/[MW]/.test(char)) {
    return emPerCapital[weight] * 1.32;
  }
  return emPerCapital[weight];
}

/**
 * Breaks a title into at most `maxLines` lines for display type. The longest line sets the
 * type size, so shorter lines mean bigger type; each extra line costs `linePenalty`
 * characters, and a stranded short word ("THE" alone on a line) costs more.
 */
export function balanceLines(text: string, maxLines: number, linePenalty: number): string[] {
  const words = text.trim().split(/\s+/);
  let best = [words.join(" ")];
  let bestScore = Number.POSITIVE_INFINITY;
  for (const lines of splits(words, maxLines)) {
    const longest = Math.max(...lines.map((line) => line.length));
    const stranded = lines.filter((line) => line.length < longest * 0.45).length;
    const score = longest + (lines.length - 1) * linePenalty + stranded * 6;
    // Strictly better only: on a tie the split with fewer lines, found first, stays.
    if (score < bestScore) {
      best = lines;
      bestScore = score;
    }
  }
  return best;
}

/** Every way to cut the words into 1..maxLines lines, fewest lines first. */
function* splits(words: string[], maxLines: number): Generator<string[]> {
  // Titles are short; past a dozen words trying every cut costs too much, so the words are
  // filled into the allowed lines by length instead.
  if (words.length > 12) {
    yield fill(words, maxLines);
    return;
  }
  for (let count = 1; count <= Math.min(maxLines, words.length); count++) {
    yield* cuts(words, count);
  }
}

function fill(words: string[], maxLines: number): string[] {
  const target = Math.ceil(words.join(" ").length / maxLines);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (
      last !== undefined &&
      (last.length + 1 + word.length <= target || lines.length === maxLines)
    ) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

function* cuts(words: string[], count: number): Generator<string[]> {
  if (count === 1) {
    yield [words.join(" ")];
    return;
  }
  for (let end = 1; end <= words.length - count + 1; end++) {
    const head = words.slice(0, end).join(" ");
    for (const rest of cuts(words.slice(end), count - 1)) {
      yield [head, ...rest];
    }
  }
}

/** Average advance of a character of running text in Inter, in ems: capitals run wider. */
function averageEms(weight: DisplayWeight, uppercase: boolean): number {
  return uppercase ? emPerCapital[weight] : emPerCapital[weight] * 0.86;
}

export interface TextBlockOptions {
  /** The width the block may wrap in, in pixels. */
  width: number;
  maxLines: number;
  /** The size the design asks for; the block shrinks from here. */
  fontSize: number;
  /** The smallest size still legible on this card; below it, text is cut instead. */
  minFontSize: number;
  weight?: DisplayWeight;
  uppercase?: boolean;
  /** Letter spacing in ems. */
  tracking?: number;
  /** Keep runs of spaces (billing blocks separate credits with them); newlines still go. */
  keepSpaces?: boolean;
}

/**
 * Running text (a tagline, a line of credits) fitted to at most `maxLines` lines of `width`: the
 * font shrinks one pixel at a time down to `minFontSize`, then whatever still does not fit is cut
 * at a word boundary with an ellipsis. So any text draws, a 50,000-character tagline included,
 * and the renderer never lays out more than the card can show.
 */
export function fitTextBlock(
  text: string,
  {
    width,
    maxLines,
    fontSize,
    minFontSize,
    weight = 400,
    uppercase = false,
    tracking = 0,
    keepSpaces = false,
  }: TextBlockOptions,
): { text: string; fontSize: number } {
  const perLine = (size: number) =>
    // 8 % spare: the estimate is an average, and a wrap one word early costs a whole line.
    Math.max(1, Math.floor((width * 0.92) / (size * (averageEms(weight, uppercase) + tracking))));
  // Nothing past what the smallest size could hold twice over is worth measuring.
  const clean = collapse(text.slice(0, perLine(minFontSize) * maxLines * 2 + 1), keepSpaces);
  const floor = Math.min(fontSize, minFontSize);
  for (let size = fontSize; size >= floor; size -= 1) {
    if (linesNeeded(clean, perLine(size)) <= maxLines) {
      return { text: clean, fontSize: size };
    }
  }
  const room = perLine(floor);
  let budget = room * maxLines;
  let cut = truncateAtWord(clean, budget);
  while (budget > 1 && linesNeeded(cut, room) > maxLines) {
    budget = Math.floor(budget * 0.9);
    cut = truncateAtWord(clean, budget);
  }
  return { text: cut, fontSize: floor };
}

/** Lines a greedy wrap at `perLine` characters takes; a word longer than a line breaks. */
function linesNeeded(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(" ")) {
    const length = word.length;
    if (used > 0 && used + 1 + length <= perLine) {
      used += 1 + length;
      continue;
    }
    if (used > 0) {
      lines += 1;
    }
    lines += Math.max(0, Math.ceil(length / perLine) - 1);
    used = length % perLine || Math.min(length, perLine);
  }
  return lines;
}

/** Display text: NUL and bidi overrides dropped, whitespace collapsed to single spaces. */
function collapse(text: string, keepSpaces = false): string {
  const stripped = stripUnsafeCharacters(text);
  return (keepSpaces ? stripped.replace(/\s/g, " ") : stripped.replace(/\s+/g, " ")).trim();
}

/**
 * Text as a renderer may draw it: cleaned like `fitTextBlock`'s and at most `max` characters,
 * cut at a word. Rows written before the limits existed (or straight into the database) can
 * hold anything; the renderers never lay out more than their field's limit.
 */
export function drawableText(text: string, max: number): string {
  return truncateAtWord(collapse(text.slice(0, max * 2 + 1)), max);
}
