import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { interFontDirectory } from "../providers/offline/font-files";
import { fillFrame, vignette } from "../providers/offline/image/backdrop";
import { mix, rgba } from "../providers/offline/image/color";
import { greenlightMark } from "../providers/offline/image/credits";
import {
  balanceLines,
  type DisplayWeight,
  displayEms,
  drawableText,
  fitTextBlock,
} from "../providers/offline/image/fit-text";
import { fontFamily } from "../providers/offline/image/fonts";
import { type Box, type Child, div, img } from "../providers/offline/image/render-svg";
import { gradeShow, type ShowGrade } from "../providers/offline/image/show-palette";
import { backdrop } from "../providers/offline/video/backgrounds";
import type { Size } from "../providers/types";
import { type FontFile, sharedRenderPool } from "../render-sandbox/render-pool";
import type { Blueprint } from "../shows/documents";
import { textLimits } from "../shows/text-limits";
import { truncateAtWord } from "../shows/truncate-text";

/**
 * The trailer's own typographic cards, drawn as stills for the cut: the title card (a title or a
 * phrase such as "THIS FALL", set large) and the end card (poster, title, tagline and the whole
 * cast billed). Every size is laid out from estimates that err wide (fit-text.ts), so any text —
 * 200 characters, emoji, RTL, markup — shrinks, wraps or is cut with an ellipsis, never clipped.
 */

/** Type of one style: capitals at a weight, tracking (ems) and leading. */
interface Face {
  weight: DisplayWeight;
  tracking: number;
  lineHeight: number;
}

/** The title as key art sets it: heavy, tight capitals. */
const titleFace: Face = { weight: 900, tracking: -0.02, lineHeight: 0.98 };
/** A phrase card ("THIS FALL"): lighter capitals spaced wide, as trailers set their lines. */
const phraseFace: Face = { weight: 600, tracking: 0.14, lineHeight: 1.12 };
/** Names in the billing block: semibold, as written, spaced a little so they read small. */
const nameFace: Face = { weight: 600, tracking: 0.04, lineHeight: 1.45 };

/** Billed names at 720p are never set smaller than this: the smallest size read from a sofa. */
export const minNamePx = 18;
/** A name longer than this is cut with an ellipsis; billing never gives one actor a paragraph. */
const maxNameChars = 48;
/** The cast a billing block names (the cast schema's own maximum). */
const maxBilled = 10;

/** The trailer's title card: `text` alone, large, on a dark ground lit in the show's accent. */
export async function drawTitleCard(
  text: string,
  blueprint: Blueprint,
  size: Size,
): Promise<Buffer> {
  const grade = gradeShow(blueprint.visualAesthetics.palette);
  const unit = Math.min(size.width, size.height) / 720;
  const tall = size.height > size.width;
  const title = typeable(blueprint.title, textLimits.title).toUpperCase();
  // Words no shipped font can draw (emoji, Hebrew) are dropped; if none are left, the card
  // carries the show's title rather than nothing.
  const words = typeable(text, textLimits.label).toUpperCase() || title;
  // The show's own title gets the key-art treatment and the house mark; any other line is a
  // phrase between shots, set lighter so the title, when it comes, lands harder.
  const isTitle = words === title;
  const face = isTitle ? titleFace : phraseFace;
  const fitted = fitDisplay(words, face, {
    width: size.width * 0.8,
    height: size.height * (isTitle ? 0.5 : 0.56),
    max: Math.round(size.height * (isTitle ? 0.2 : 0.13)),
    min: Math.round(34 * unit),
    maxLines: (isTitle ? 3 : 4) + (tall ? 2 : 0),
  });
  const rule = div({
    width: Math.round(64 * unit),
    height: Math.max(2, Math.round(3 * unit)),
    backgroundColor: grade.accent,
  });
  const content = div(
    { flexDirection: "column", alignItems: "center", maxWidth: size.width * 0.86 },
    isTitle ? div({ marginBottom: Math.round(40 * unit) }, greenlightMark(grade, unit)) : null,
    ...fitted.lines.map((line) => displayLine(line, fitted.fontSize, face, grade, unit, "center")),
    div({ marginTop: Math.round(36 * unit) }, rule),
  );
  return renderCard(stage(grade, size, null, content), size, [words]);
}

export interface EndCardInput {
  blueprint: Blueprint;
  /** A 2:3 poster; null sets the card in type alone. */
  posterPath: string | null;
  castNames: string[];
}

/**
 * The closing card: the poster, the title, the tagline and a billing block naming the whole cast,
 * "coming soon" beneath. Wide frames put the poster beside the type, tall ones above it.
 */
export async function drawEndCard(input: EndCardInput, size: Size): Promise<Buffer> {
  const grade = gradeShow(input.blueprint.visualAesthetics.palette);
  const words = {
    title: typeable(input.blueprint.title, textLimits.title),
    tagline: typeable(input.blueprint.tagline, textLimits.tagline),
  };
  const names = input.castNames
    .map((name) => typeable(name, maxNameChars))
    .filter(Boolean)
    .slice(0, maxBilled);
  const texts = [words.title, words.tagline, ...names];
  const poster = input.posterPath ? await readPoster(input.posterPath) : null;
  const wide = size.width >= size.height;
  const unit = Math.min(size.width, size.height) / 720;
  if (!poster) {
    // A tall frame with no poster has room to spare: the type grows into it.
    const column = endCardType(words, names, grade, unit * (wide ? 1 : 1.2), {
      width: size.width * (wide ? 0.76 : 0.84),
      height: size.height * 0.86,
      align: "center",
      titleMax: wide ? 104 : 96,
    });
    return renderCard(stage(grade, size, null, column.box), size, texts);
  }
  if (wide) {
    const posterHeight = Math.round(size.height * 0.8);
    const posterWidth = Math.round((posterHeight * 2) / 3);
    const gap = Math.round(size.width * 0.055);
    const left = Math.round(size.width * 0.085);
    const column = endCardType(words, names, grade, unit, {
      width: size.width - left - posterWidth - gap - size.width * 0.07,
      height: size.height * 0.86,
      align: "left",
      titleMax: 96,
    });
    const art = await posterArt(poster, { width: posterWidth, height: posterHeight }, grade, unit);
    const content = div(
      { width: "100%", height: "100%", alignItems: "center", paddingLeft: left },
      art,
      div({ marginLeft: gap, flexDirection: "column" }, column.box),
    );
    return renderCard(stage(grade, size, await blurred(poster, size, grade), content), size, texts);
  }
  // Tall: the type takes what it needs under the poster, and the poster grows into the rest.
  const margin = Math.round(size.height * 0.05);
  const gap = Math.round(size.height * 0.035);
  const minPoster = Math.round(size.height * 0.3);
  const maxPoster = Math.round(size.height * 0.5);
  // The poster already carries the title large, so under it the title is set smaller.
  const column = endCardType(words, names, grade, unit, {
    width: size.width * 0.86,
    height: size.height - margin * 2 - gap - minPoster,
    align: "center",
    titleMax: 76,
  });
  const posterHeight = Math.round(
    Math.max(minPoster, Math.min(maxPoster, size.height - margin * 2 - gap - column.height)),
  );
  const posterWidth = Math.min(Math.round((posterHeight * 2) / 3), Math.round(size.width * 0.8));
  const art = await posterArt(poster, { width: posterWidth, height: posterHeight }, grade, unit);
  const content = div(
    {
      width: "100%",
      height: "100%",
      flexDirection: "column",
      alignItems: "center",
      justifyContent: "center",
    },
    art,
    div({ marginTop: gap }, column.box),
  );
  return renderCard(stage(grade, size, await blurred(poster, size, grade), content), size, texts);
}

/**
 * The end card's type, fitted into `room`: the billing block is fitted first (the cast is the
 * one thing that must all be there), then the title gets what height is left.
 */
function endCardType(
  words: { title: string; tagline: string },
  names: string[],
  grade: ShowGrade,
  unit: number,
  room: { width: number; height: number; align: "left" | "center"; titleMax: number },
): { box: Box; height: number } {
  const align = room.align === "left" ? "flex-start" : "center";
  const px = (value: number) => Math.round(value * unit);
  const tagline = fitTextBlock(words.tagline, {
    width: room.width,
    maxLines: 2,
    fontSize: px(22),
    minFontSize: px(17),
    weight: 600,
    uppercase: true,
    tracking: 0.14,
  });
  const taglineRows = balancedRows(tagline.text.toUpperCase(), tagline.fontSize, room.width);
  const taglineHeight = taglineRows.length * tagline.fontSize * 1.4;
  const billing = fitBilling(names, {
    width: room.width,
    height: room.height * 0.42,
    max: px(26),
    min: Math.max(1, px(minNamePx)),
  });
  const labelSize = px(15);
  const billingHeight =
    names.length > 0 ? labelSize * 1.2 + px(10) + billing.lines.length * billing.lineHeight : 0;
  const footerHeight = px(24) + px(30);
  const gaps = px(22) + px(26) + px(3) + px(26) + px(34);
  const titleRoom = room.height - taglineHeight - billingHeight - footerHeight - gaps;
  const title = fitDisplay(words.title.toUpperCase() || " ", titleFace, {
    width: room.width,
    height: Math.max(px(40), titleRoom),
    max: px(room.titleMax),
    min: px(36),
    maxLines: 3,
  });
  const titleHeight = title.lines.length * title.fontSize * titleFace.lineHeight;
  const box = div(
    { flexDirection: "column", alignItems: align, width: room.width, fontFamily },
    ...title.lines.map((line) => displayLine(line, title.fontSize, titleFace, grade, unit, align)),
    div(
      { marginTop: px(22), flexDirection: "column", alignItems: align, maxWidth: room.width },
      ...taglineRows.map((row) =>
        div(
          {
            fontSize: tagline.fontSize,
            fontWeight: 600,
            lineHeight: 1.4,
            letterSpacing: tagline.fontSize * 0.14,
            color: grade.paper,
            textAlign: room.align,
            justifyContent: align,
          },
          row,
        ),
      ),
    ),
    div({
      marginTop: px(26),
      width: px(56),
      height: Math.max(2, px(3)),
      backgroundColor: grade.accent,
    }),
    names.length > 0 ? billingBlock(billing, grade, unit, labelSize, align) : null,
    div(
      { marginTop: px(34), flexDirection: "column", alignItems: align },
      div(
        {
          fontSize: px(20),
          fontWeight: 700,
          letterSpacing: px(20) * 0.36,
          color: grade.accent,
          marginBottom: px(10),
        },
        "COMING SOON",
      ),
      greenlightMark(grade, unit * 0.8, "ONLY ON GREENLIGHT"),
    ),
  );
  return {
    box,
    height: titleHeight + taglineHeight + billingHeight + footerHeight + gaps,
  };
}

function billingBlock(
  billing: FittedBilling,
  grade: ShowGrade,
  unit: number,
  labelSize: number,
  align: "flex-start" | "center",
): Box {
  const separator = div(
    { color: grade.accent, margin: `0 ${Math.round(billing.fontSize * 0.45)}px` },
    "·",
  );
  return div(
    { marginTop: Math.round(26 * unit), flexDirection: "column", alignItems: align },
    div(
      {
        fontSize: labelSize,
        fontWeight: 700,
        letterSpacing: labelSize * 0.32,
        color: grade.accent,
        marginBottom: Math.round(10 * unit),
      },
      "STARRING",
    ),
    ...billing.lines.map((line) =>
      div(
        {
          fontSize: billing.fontSize,
          fontWeight: nameFace.weight,
          letterSpacing: billing.fontSize * nameFace.tracking,
          lineHeight: nameFace.lineHeight,
          color: grade.paper,
          justifyContent: align,
          flexWrap: "wrap",
        },
        ...line.flatMap((name, index): Child[] => (index === 0 ? [name] : [separator, name])),
      ),
    ),
  );
}

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

interface FittedDisplay {
  lines: string[];
  fontSize: number;
}

/**
 * Display capitals fitted to a box: every line count up to `maxLines` is tried, the one giving
 * the largest type wins (fewer lines on near-ties: a one-line title reads as a title). If even
 * the best is under `min`, the text is cut at a word with an ellipsis and fitted again.
 */
function fitDisplay(
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

function displayLine(
  text: string,
  fontSize: number,
  face: Face,
  grade: ShowGrade,
  unit: number,
  align: "flex-start" | "center",
): Box {
  return div(
    {
      fontSize,
      fontWeight: face.weight,
      lineHeight: face.lineHeight,
      letterSpacing: fontSize * face.tracking,
      // Tracking adds space after the last letter too; padding it back keeps a line centred.
      paddingLeft: align === "center" && face.tracking > 0 ? fontSize * face.tracking : 0,
      color: grade.paper,
      justifyContent: align,
      textAlign: align === "center" ? "center" : "left",
      wordBreak: "break-word",
      textShadow: `0 ${Math.round(4 * unit)}px ${Math.round(28 * unit)}px ${rgba("#000000", 0.6)}`,
    },
    text,
  );
}

/**
 * The ground every card sits on: the show's night, a pool of accent light behind the type, a
 * cooler second light low in the frame and the lens's vignette; or, given one, the poster's own
 * colours blurred and dimmed, so the end card feels cut from the key art.
 */
function stage(grade: ShowGrade, size: Size, ground: string | null, content: Box): Box {
  const second = grade.accents[1] ?? grade.accent;
  return div(
    {
      position: "relative",
      width: size.width,
      height: size.height,
      backgroundColor: grade.night,
      fontFamily,
      overflow: "hidden",
    },
    ground
      ? img(ground, size, { position: "absolute", left: 0, top: 0 })
      : div({
          ...fillFrame,
          backgroundImage: `linear-gradient(180deg, ${mix(grade.night, grade.dusk, 0.7)} 0%, ${grade.night} 60%)`,
        }),
    // Light falls on the type, not on the whole frame: a trailer card is mostly dark.
    div({
      ...fillFrame,
      backgroundImage: `radial-gradient(ellipse 48% 42% at 50% 46%, ${rgba(grade.accent, ground ? 0.08 : 0.2)} 0%, ${rgba(grade.accent, 0)} 100%)`,
    }),
    div({
      ...fillFrame,
      backgroundImage: `radial-gradient(ellipse 60% 55% at 88% 100%, ${rgba(second, 0.16)} 0%, ${rgba(second, 0)} 100%)`,
    }),
    vignette(0.65),
    div({ ...fillFrame, alignItems: "center", justifyContent: "center" }, content),
  );
}

/** The poster, or null when it cannot be read: a closing card without one beats no trailer. */
async function readPoster(posterPath: string): Promise<Buffer | null> {
  try {
    return await sharp(posterPath).rotate().png().toBuffer();
  } catch {
    return null;
  }
}

/** The poster at `box`, cropped to it if its shape differs, lifted off the ground by a shadow. */
async function posterArt(poster: Buffer, box: Size, grade: ShowGrade, unit: number): Promise<Box> {
  const fitted = await sharp(poster)
    .resize(box.width, box.height, { fit: "cover" })
    .jpeg({ quality: 92 })
    .toBuffer();
  return div(
    {
      width: box.width,
      height: box.height,
      boxShadow: `0 ${Math.round(18 * unit)}px ${Math.round(48 * unit)}px ${rgba("#000000", 0.7)}`,
      border: `1px solid ${rgba(grade.paper, 0.16)}`,
    },
    img(`data:image/jpeg;base64,${fitted.toString("base64")}`, box),
  );
}

/** The poster as the card's ground: its colours blurred, dimmed towards the night. */
async function blurred(poster: Buffer, size: Size, grade: ShowGrade): Promise<string> {
  const ground = await (await backdrop(poster, size, grade.night)).jpeg({ quality: 88 }).toBuffer();
  return `data:image/jpeg;base64,${ground.toString("base64")}`;
}

/**
 * Inter as the app ships it, subset by subset: Latin under the family every box names, the others
 * under names of their own so satori falls back to them glyph by glyph, and a Cyrillic or Greek
 * name is drawn rather than boxed. satori parses every font it is given on every render (~30 ms
 * each), so a card gets only the weights the cards use and the subsets its own text needs.
 */
const subsets = [
  "latin",
  "latin-ext",
  "cyrillic",
  "cyrillic-ext",
  "greek",
  "greek-ext",
  "vietnamese",
];
const cardWeights = [600, 700, 900] as const;

function cardFonts(texts: string[]): FontFile[] {
  const directory = interFontDirectory();
  const codes = new Set([...texts.join("")].map((char) => char.codePointAt(0) ?? 0));
  const needed = drawnCodePoints().filter(
    ({ subset, ranges }) =>
      subset === "latin" ||
      [...codes].some((code) => ranges.some(([from, to]) => code >= from && code <= to)),
  );
  return needed.flatMap(({ subset }) =>
    cardWeights.map((weight) => ({
      name: subset === "latin" ? fontFamily : `${fontFamily} ${subset}`,
      weight,
      style: "normal" as const,
      file: path.join(directory, `inter-${subset}-${weight}-normal.woff`),
    })),
  );
}

type Coverage = { subset: string; ranges: [number, number][] }[];
let coverage: Coverage | null = null;

/**
 * The code points each subset draws, from @fontsource's own table. satori draws any character no
 * font has as a "NO GLYPH" box, so such characters (emoji, Hebrew, CJK) are left out of cards.
 */
function drawnCodePoints(): Coverage {
  if (!coverage) {
    const table = JSON.parse(
      readFileSync(path.join(interFontDirectory(), "..", "unicode.json"), "utf8"),
    ) as Record<string, string>;
    coverage = subsets.map((subset) => ({
      subset,
      ranges: (table[subset] ?? "").split(",").map((range): [number, number] => {
        const [from, to] = range.replace("U+", "").split("-");
        const start = Number.parseInt(from ?? "", 16);
        return [start, to ? Number.parseInt(to, 16) : start];
      }),
    }));
  }
  return coverage;
}

/**
 * Text as the cards can set it: whitespace made spaces, characters no shipped font has (and
 * controls and invisible format characters) dropped, then cleaned and cut to `max` at a word.
 */
function typeable(text: string, max: number): string {
  const ranges = drawnCodePoints().flatMap((subset) => subset.ranges);
  const kept = [...text.slice(0, max * 4).replace(/\s/g, " ")].filter((char) => {
    if (char === " ") {
      return true;
    }
    const code = char.codePointAt(0) ?? 0;
    return !/[\p{Cc}\p{Cf}]/u.test(char) && ranges.some(([from, to]) => code >= from && code <= to);
  });
  return drawableText(kept.join(""), max);
}

/** The card as a PNG of exactly `size`, laid out and rasterised in the render sandbox. */
async function renderCard(root: Box, size: Size, texts: string[]): Promise<Buffer> {
  const png = await sharedRenderPool().render({
    op: "png",
    tree: root,
    size,
    fonts: cardFonts(texts),
  });
  return Buffer.isBuffer(png) ? png : Buffer.from(png);
}

/**
 * The tagline in as few rows as fit `width`, the words shared evenly between them: a greedy wrap
 * strands the last word ("WATCH.") alone on a line. Two rows at most, as fitTextBlock fitted it.
 */
function balancedRows(text: string, fontSize: number, width: number): string[] {
  const fits = (rows: string[]) =>
    rows.every((row) => displayEms(row, 600, 0.14) * fontSize <= width * 0.94);
  const oneRow = [text];
  return fits(oneRow) ? oneRow : balanceLines(text, 2, 0);
}
