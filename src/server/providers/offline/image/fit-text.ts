/**
 * Type sizing without a browser. satori does not shrink text to fit, so display lines are
 * sized from their length: Inter's capitals average about 0.72 em at weight 900 and 0.64 em
 * at 600. The estimate errs large per glyph, so a fitted line wraps before it ever clips.
 */

const emPerCapital = { 400: 0.62, 600: 0.66, 700: 0.68, 800: 0.7, 900: 0.74 } as const;

type DisplayWeight = keyof typeof emPerCapital;

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
  const ems = [...text].reduce((sum, char) => sum + glyphEms(char, weight) + tracking, 0);
  return Math.round(Math.max(min, Math.min(max, width / Math.max(ems, 1))));
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
