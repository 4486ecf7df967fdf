import { balanceLines, type DisplayWeight, displayEms } from "../providers/offline/image/fit-text";
import { truncateAtWord } from "../shows/truncate-text";

/**
 * How the trailer's cards size their type: the faces they set, display capitals fitted to a box,
 * the cast packed into billing lines and the tagline balanced over its rows. Every size comes from
 * width estimates that err wide (fit-text.ts), so any text shrinks, wraps or is cut with an
 * ellipsis, never clipped; this module only measures, the card modules draw.
 */

/** Type of one style: capitals at a weight, tracking (ems) and leading. */
export interface Face {
  weight: DisplayWeight;
  tracking: number;
  lineHeight: number;
}

/** The title as key art sets it: heavy, tight capitals. */
export const titleFace: Face = { weight: 900, tracking: -0.02, lineHeight: 0.98 };
/** A phrase card ("THIS FALL"): lighter capitals spaced wide, as trailers set their lines. */
export const phraseFace: Face = { weight: 600, tracking: 0.14, lineHeight: 1.12 };
/** Names in the billing block: semibold, as written, spaced a little so they read small. */
export const nameFace: Face = { weight: 600, tracking: 0.04, lineHeight: 1.45 };

/** Billed names at 720p are never set smaller than this: the smallest size read from a sofa. */
export const minNamePx = 18;

export interface FittedBilling {
  /** Names per line, each name whole: a line breaks only between names. */
  lines: string[][];
  fontSize: number;
  lineHeight: number;
}

/**
 * The cast packed into lines of `room.width`, at the largest size from `max` down to `min` whose
 * lines fit `room.height`. A name is never split across lines; one too long for a whole line at
 * `min` is cut with an ellipsis. Below `min` nothing shrinks: the block grows a line instead.
 */
export function fitBilling(
  names: string[],
  room: { width: number; height: number; max: number; min: number },
): FittedBilling {
  const pack = (fontSize: number) => {
    const emsOf = nameEms;
    const perLine = (room.width * 0.94) / fontSize;
    // "·" with its margins, as billingBlock draws it.
    const separatorEms = 0.9 + displayEms("·", nameFace.weight, nameFace.tracking);
    const lines: string[][] = [];
    let used = 0;
    for (const name of names.map((each) => cutToEms(each, perLine, emsOf))) {
      const ems = emsOf(name);
      const last = lines[lines.length - 1];
      if (last && used + separatorEms + ems <= perLine) {
        last.push(name);
        used += separatorEms + ems;
      } else {
        lines.push([name]);
        used = ems;
      }
    }
    return { lines, fontSize, lineHeight: fontSize * nameFace.lineHeight };
  };
  for (let fontSize = Math.round(room.max); fontSize > room.min; fontSize--) {
    const fitted = pack(fontSize);
    if (fitted.lines.length * fitted.lineHeight <= room.height) {
      return fitted;
    }
  }
  return pack(room.min);
}

/**
 * The width of a name as written, in ems at the name face. Inter's lower case runs narrower than
 * its capitals; these per-letter estimates still err wide so a packed line never overflows.
 */
function nameEms(name: string): number {
  return [...name].reduce((sum, char) => {
    if (!/\p{Ll}/u.test(char)) {
      return sum + displayEms(char, nameFace.weight, nameFace.tracking);
    }
    const ems = /[mw]/.test(char)
      ? 0.92
      : /[ijlft]/.test(char)
        ? 0.4
        : /r/.test(char)
          ? 0.44
          : 0.62;
    return sum + ems + nameFace.tracking;
  }, 0);
}

/** Display capitals' width in ems; W and M run wider still at heavy weights than fit-text allows. */
function capsEms(text: string, face: Face): number {
  const wide = text.match(/[MW]/g)?.length ?? 0;
  return displayEms(text, face.weight, face.tracking) + wide * 0.12;
}

/** `text` cut at a word, with an ellipsis, until it is at most `ems` wide. */
function cutToEms(text: string, ems: number, emsOf: (text: string) => number): string {
  let cut = text;
  while (cut.length > 1 && emsOf(cut) > ems) {
    cut = truncateAtWord(text, cut.length - 1);
  }
  return cut;
}

export interface FittedDisplay {
  lines: string[];
  fontSize: number;
}

/**
 * Display capitals fitted to a box: every line count up to `maxLines` is tried, the one giving
 * the largest type wins (fewer lines on near-ties: a one-line title reads as a title). If even
 * the best is under `min`, the text is cut at a word with an ellipsis and fitted again.
 */
export function fitDisplay(
  text: string,
  face: Face,
  box: { width: number; height: number; max: number; min: number; maxLines: number },
): FittedDisplay {
  let current = text;
  for (;;) {
    let best: FittedDisplay | null = null;
    for (let count = 1; count <= box.maxLines; count++) {
      const lines = balanceLines(current, count, 0);
      const widest = Math.max(...lines.map((line) => capsEms(line, face)));
      const fontSize = Math.floor(
        Math.min(
          box.max,
          (box.width * 0.94) / Math.max(widest, 1),
          box.height / (lines.length * face.lineHeight),
        ),
      );
      if (!best || fontSize > best.fontSize * 1.08) {
        best = { lines, fontSize };
      }
    }
    if (best && (best.fontSize >= box.min || current.length <= 2)) {
      return { lines: best.lines, fontSize: Math.max(1, best.fontSize) };
    }
    current = truncateAtWord(current, Math.max(2, Math.floor(current.length * 0.85)));
  }
}

/**
 * The tagline in as few rows as fit `width`, the words shared evenly between them: a greedy wrap
 * strands the last word ("WATCH.") alone on a line. Two rows at most, as fitTextBlock fitted it.
 */
export function balancedRows(text: string, fontSize: number, width: number): string[] {
  const fits = (rows: string[]) =>
    rows.every((row) => displayEms(row, 600, 0.14) * fontSize <= width * 0.94);
  const oneRow = [text];
  return fits(oneRow) ? oneRow : balanceLines(text, 2, 0);
}
