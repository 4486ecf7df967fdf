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
 * Breaks a title into lines of similar length, about `idealChars` each and at most
 * `maxLines`, so a long title stacks like key-art type instead of shrinking to a thin strip.
 */
export function balanceLines(text: string, idealChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/);
  const length = words.join(" ").length;
  const lines = Math.max(1, Math.min(maxLines, words.length, Math.ceil(length / idealChars)));
  const target = Math.ceil(length / lines);
  const result: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    // A little slack keeps short words ("OF", "THE") with their neighbours.
    if (line && next.length > target + 2 && result.length < lines - 1) {
      result.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  result.push(line);
  return result;
}
