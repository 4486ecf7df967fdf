import { type DeckFace, fontRuns } from "./deck-fonts";

/**
 * Text set into a box of a given width and number of lines: wrapped at spaces (a word wider than
 * the box is broken between characters), the last line ellipsized when the text does not fit.
 * PDFKit wraps and ellipsizes on its own, but only within one font, and the deck's text runs
 * through several (script subsets, and spans such as a speaker's name before a line); so lines
 * are laid out here and each run drawn where it falls. Nothing here depends on how long the text
 * is: it is cut to what the box could ever hold before anything is measured, so a
 * 50,000-character logline costs what a full box does.
 */

export interface TextStyle {
  size: number;
  face: DeckFace;
  color: string;
  /** Line advance as a multiple of the size. */
  leading?: number;
  /** Extra space after every character, in points. */
  tracking?: number;
  uppercase?: boolean;
}

/** A stretch of a paragraph in its own face or colour ("MAYA" before what she says). */
export interface Span {
  text: string;
  face?: DeckFace;
  color?: string;
}

export interface TextFrame {
  x: number;
  y: number;
  width: number;
  maxLines: number;
  align?: "left" | "center" | "right";
}

/** A run of one font and colour, measured. */
interface Run {
  text: string;
  font: string;
  color: string;
  width: number;
}

interface Line {
  runs: Run[];
  width: number;
}

/** A word: the pieces of spans between two spaces. */
type Word = Required<Span>[];

export interface SetText {
  lines: Line[];
  /** Something was cut: the last line ends in an ellipsis. */
  truncated: boolean;
}

const ellipsis = "…";
/** No Inter glyph is narrower than this (in em), so a box never holds more characters. */
const narrowestGlyphEm = 0.15;
const defaultLeading = 1.3;

/** Height of `lines` lines in `style`: what a caller leaves for a text block. */
export function textHeight(lines: number, style: TextStyle): number {
  return lines * style.size * (style.leading ?? defaultLeading);
}

/** Lays out and draws `text`; returns the height used. */
export function drawText(
  doc: PDFKit.PDFDocument,
  text: string | Span[],
  style: TextStyle,
  frame: TextFrame,
): number {
  const set = setText(doc, text, style, frame.width, frame.maxLines);
  drawSet(doc, set, style, frame);
  return textHeight(set.lines.length, style);
}

/**
 * Draws `text` at the largest size from `style.size` down to `minSize` at which it fits
 * `frame.maxLines` whole; below that, at `minSize`, ellipsized. Returns the size and height used.
 */
export function drawFittedText(
  doc: PDFKit.PDFDocument,
  text: string | Span[],
  style: TextStyle & { minSize: number },
  frame: TextFrame,
): { size: number; height: number } {
  let size = style.size;
  let set = setText(doc, text, style, frame.width, frame.maxLines);
  while (set.truncated && size > style.minSize) {
    size = Math.max(style.minSize, Math.floor(size * 0.92 * 2) / 2);
    set = setText(doc, text, { ...style, size }, frame.width, frame.maxLines);
  }
  const fitted = { ...style, size };
  drawSet(doc, set, fitted, frame);
  return { size, height: textHeight(set.lines.length, fitted) };
}

/** The lines `text` takes in `width`, at most `maxLines` of them. */
export function setText(
  doc: PDFKit.PDFDocument,
  text: string | Span[],
  style: TextStyle,
  width: number,
  maxLines: number,
): SetText {
  const room = Math.max(1, Math.floor(maxLines));
  const capacity = Math.ceil((room * width) / (style.size * narrowestGlyphEm)) + 8;
  const { words, cut } = splitWords(text, style, capacity);
  const measure = (word: Word) => measureWord(doc, word, style);
  const space = measure([{ text: " ", face: style.face, color: style.color }]);

  const lines: Word[][] = [];
  let current: Word[] = [];
  let currentWidth = 0;
  let overflow = false;
  for (const word of words) {
    const wordWidth = measure(word).width;
    if (current.length > 0 && currentWidth + space.width + wordWidth <= width) {
      current.push(word);
      currentWidth += space.width + wordWidth;
      continue;
    }
    if (current.length > 0) {
      lines.push(current);
    }
    const pieces = wordWidth <= width ? [word] : breakWord(word, width, measure);
    lines.push(...pieces.slice(0, -1).map((piece) => [piece]));
    current = [pieces.at(-1)!];
    currentWidth = measure(current[0]!).width;
    if (lines.length >= room) {
      overflow = true;
      break;
    }
  }
  if (current.length > 0 && !overflow) {
    lines.push(current);
  }

  const truncated = overflow || lines.length > room || cut;
  const kept = lines.slice(0, room);
  if (truncated && kept.length > 0) {
    kept[kept.length - 1] = ellipsize(kept.at(-1)!, width, (line) => measureLine(line));
  }
  function measureLine(line: Word[]): Line {
    const runs = line.flatMap((word, index) => [
      ...(index > 0 ? space.runs : []),
      ...measure(word).runs,
    ]);
    return { runs, width: runs.reduce((sum, run) => sum + run.width, 0) };
  }
  return { lines: kept.map(measureLine), truncated };
}

/** Cleans and cuts the spans to `capacity` characters and splits them into words. */
function splitWords(
  text: string | Span[],
  style: TextStyle,
  capacity: number,
): { words: Word[]; cut: boolean } {
  const spans = typeof text === "string" ? [{ text }] : text;
  const words: Word[] = [];
  let current: Word = [];
  let budget = capacity;
  let cut = false;
  spans.forEach((span, index) => {
    const cased = style.uppercase ? span.text.toLocaleUpperCase("en-US") : span.text;
    // Spaces at span edges are kept so "MAYA" + " Where…" still breaks between them.
    let cleaned = cleanText(cased, { trim: false });
    if (index === 0) {
      cleaned = cleaned.trimStart();
    }
    const chars = Array.from(cleaned);
    if (chars.length > budget) {
      cleaned = chars.slice(0, budget).join("");
      cut = true;
    }
    budget -= Math.min(budget, chars.length);
    const face = span.face ?? style.face;
    const color = span.color ?? style.color;
    cleaned.split(" ").forEach((part, partIndex) => {
      if (partIndex > 0 && current.length > 0) {
        words.push(current);
        current = [];
      }
      if (part) {
        current.push({ text: part, face, color });
      }
    });
  });
  if (current.length > 0) {
    words.push(current);
  }
  return { words, cut };
}

function measureWord(doc: PDFKit.PDFDocument, word: Word, style: TextStyle): Line {
  const tracking = style.tracking ?? 0;
  const runs = word.flatMap((piece) =>
    fontRuns(piece.text, piece.face).map((run) => {
      doc.font(run.font).fontSize(style.size);
      const width = doc.widthOfString(run.text) + tracking * Array.from(run.text).length;
      return { text: run.text, font: run.font, color: piece.color, width };
    }),
  );
  return { runs, width: runs.reduce((sum, run) => sum + run.width, 0) };
}

/** A word wider than the line, in pieces that each fit (at least one character each). */
function breakWord(word: Word, width: number, measure: (word: Word) => Line): Word[] {
  const pieces: Word[] = [];
  let piece: Word = [];
  for (const part of word) {
    for (const char of Array.from(part.text)) {
      const grown = appendChar(piece, char, part);
      if (piece.length > 0 && measure(grown).width > width) {
        pieces.push(piece);
        piece = appendChar([], char, part);
      } else {
        piece = grown;
      }
    }
  }
  pieces.push(piece);
  return pieces;
}

function appendChar(word: Word, char: string, from: Required<Span>): Word {
  const last = word.at(-1);
  if (last && last.face === from.face && last.color === from.color) {
    return [...word.slice(0, -1), { ...last, text: last.text + char }];
  }
  return [...word, { ...from, text: char }];
}

/** The line shortened (by whole words while it has several) until it fits with an ellipsis. */
function ellipsize(line: Word[], width: number, measure: (line: Word[]) => Line): Word[] {
  let kept = line.map((word) => word.map((piece) => ({ ...piece })));
  const withEllipsis = () => {
    const words = kept.map((word) => word.map((piece) => ({ ...piece })));
    const last = words.at(-1)!;
    const tail = last.at(-1)!;
    tail.text = tail.text.replace(/[,;:.–—-]+$/u, "") + ellipsis;
    return words;
  };
  while (measure(withEllipsis()).width > width) {
    if (kept.length > 1) {
      kept = kept.slice(0, -1);
      continue;
    }
    const word = kept[0]!;
    const tail = word.at(-1)!;
    const chars = Array.from(tail.text);
    if (chars.length <= 1 && word.length <= 1) {
      break;
    }
    if (chars.length <= 1) {
      kept = [word.slice(0, -1)];
    } else {
      tail.text = chars.slice(0, -1).join("");
    }
  }
  return withEllipsis();
}

function drawSet(doc: PDFKit.PDFDocument, set: SetText, style: TextStyle, frame: TextFrame): void {
  const advance = style.size * (style.leading ?? defaultLeading);
  // Half the leading above the first line, so a block's top is where its first line's room starts.
  const top = frame.y + (advance - style.size) / 2;
  set.lines.forEach((line, index) => {
    const slack = frame.width - line.width;
    let x = frame.x + (frame.align === "center" ? slack / 2 : frame.align === "right" ? slack : 0);
    for (const run of line.runs) {
      doc.font(run.font).fontSize(style.size).fillColor(run.color);
      doc.text(run.text, x, top + index * advance, {
        lineBreak: false,
        characterSpacing: style.tracking ?? 0,
      });
      x += run.width;
    }
  });
}

/**
 * Printable text: NFC (so an accent composed in the input finds its precomposed glyph),
 * whitespace and line breaks as single spaces (no-break spaces stay, and keep their words
 * together), and no control, zero-width or bidi-override
 * characters, which the latin subset's range (U+0000–00FF, U+2000–206F) would otherwise claim.
 */
export function cleanText(text: string, { trim = true } = {}): string {
  const cleaned = text
    .normalize("NFC")
    .replace(unprintable, "")
    .replace(/[^\S\u00A0\u202F]+/g, " ");
  return trim ? cleaned.trim() : cleaned;
}

const unprintable =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
