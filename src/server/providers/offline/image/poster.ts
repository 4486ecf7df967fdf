import sharp from "sharp";
import type { Blueprint } from "../../../../shows/documents";
import type { MediaRef, Size } from "../../../types";
import { fillFrame, vignette } from "./backdrop";
import { rgba } from "./color";
import { balanceLines, fitFontSize } from "./fit-text";
import { fontFamily } from "./fonts";
import { dissolveMask, headCrop } from "./head-crop";
import { type Element, div, img, pngDataUri, renderPng } from "./render-svg";
import { seedFrom, seededRandom } from "./seeded-random";
import { type ShowGrade, gradeShow } from "./show-palette";
import { billingBlock, greenlightMark } from "./credits";

export interface PosterInput {
  blueprint: Blueprint;
  cast: { name: string; role: string; portrait: MediaRef | null }[];
  grid: MediaRef | null;
}

export const defaultPosterSize: Size = { width: 1024, height: 1536 };

/** Where each billed face sits, as fractions of the poster width; the lead first. */
const placements = [
  { x: 0.5, y: 0.07, side: 0.86, brightness: 1 },
  { x: 0.16, y: 0.25, side: 0.5, brightness: 0.62 },
  { x: 0.84, y: 0.25, side: 0.5, brightness: 0.62 },
  { x: 0.06, y: 0.1, side: 0.36, brightness: 0.42 },
  { x: 0.94, y: 0.1, side: 0.36, brightness: 0.42 },
];

/** The library poster: 2:3 key art with the cast, the title, tagline and a billing block. */
export async function renderPoster(
  { blueprint, cast, grid }: PosterInput,
  size: Size = defaultPosterSize,
  signal?: AbortSignal,
): Promise<Buffer> {
  const grade = gradeShow(blueprint.visualAesthetics.palette);
  const random = seededRandom(seedFrom("poster", blueprint.title));
  const faces = cast.filter((member) => member.portrait !== null).slice(0, placements.length);
  const keyArt =
    faces.length > 0
      ? await castArt(faces.map((member) => member.portrait!.path), size)
      : grid
        ? await gridArt(grid.path, size)
        : emblemArt(grade, size);
  signal?.throwIfAborted();

  const unit = size.width / 1024;
  const root = div(
    {
      position: "relative",
      width: size.width,
      height: size.height,
      backgroundColor: grade.night,
      backgroundImage: `linear-gradient(180deg, ${grade.dusk} 0%, ${grade.night} 55%)`,
      fontFamily,
    },
    div({
      ...fillFrame,
      backgroundImage: `radial-gradient(ellipse 70% 40% at 50% 30%, ${rgba(grade.accent, 0.38)} 0%, ${rgba(grade.accent, 0)} 100%)`,
    }),
    halo(grade, size, random.range(0.82, 0.96)),
    ...keyArt,
    div({
      ...fillFrame,
      backgroundImage: `linear-gradient(160deg, ${rgba(grade.accents[1] ?? grade.accent, 0.5)} 0%, ${rgba(grade.accent, 0)} 45%, ${rgba(grade.accent, 0.35)} 100%)`,
      mixBlendMode: "soft-light",
    }),
    div({
      ...fillFrame,
      backgroundImage: `linear-gradient(180deg, ${rgba(grade.night, 0.55)} 0%, ${rgba(grade.night, 0)} 12%, ${rgba(grade.night, 0)} 46%, ${rgba(grade.night, 0.92)} 66%, ${grade.night} 100%)`,
    }),
    vignette(0.5),
    div(
      { position: "absolute", top: Math.round(44 * unit), left: 0, right: 0, justifyContent: "center" },
      greenlightMark(grade, unit),
    ),
    titleBlock(blueprint, grade, size),
    div(
      { position: "absolute", left: 0, right: 0, bottom: Math.round(48 * unit), justifyContent: "center" },
      billingBlock(blueprint, cast, grade, unit),
    ),
  );
  return renderPng(root, size, signal);
}

/** The billed cast as dissolving faces: lead large in front, supporting cast set back. */
async function castArt(paths: string[], size: Size): Promise<Element[]> {
  const figures = await Promise.all(
    paths.map(async (path, index) => {
      const place = placements[index]!;
      const side = Math.round(place.side * size.width);
      const data = await headCrop(path, side, place.brightness);
      return img(pngDataUri(data), { width: side, height: side }, {
        position: "absolute",
        left: Math.round(place.x * size.width - side / 2),
        top: Math.round(place.y * size.height),
        maskImage: dissolveMask,
      });
    }),
  );
  // Painted back to front: the lead last, on top.
  return figures.reverse();
}

/** Without portraits the cast grid stands in: its faces, as a dim wall fading into the dark. */
async function gridArt(path: string, size: Size): Promise<Element[]> {
  const band = { width: size.width, height: Math.round(size.height * 0.62) };
  // "attention" centres the crop on faces and skin, away from the grid's type.
  const data = await sharp(path)
    .resize(band.width, band.height, { fit: "cover", position: sharp.strategy.attention })
    .modulate({ brightness: 0.8 })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return [
    img(pngDataUri(data), band, {
      position: "absolute",
      left: 0,
      top: Math.round(size.height * 0.05),
      maskImage: "linear-gradient(180deg, rgba(0,0,0,0) 0%, rgba(0,0,0,1) 20%, rgba(0,0,0,1) 60%, rgba(0,0,0,0) 100%)",
    }),
  ];
}

/** Without any images: a graphic emblem, a lit disc over a horizon, from the palette alone. */
function emblemArt(grade: ShowGrade, size: Size): Element[] {
  const disc = Math.round(size.width * 0.62);
  const second = grade.accents[1] ?? grade.paper;
  const glow = Math.round(disc * 1.7);
  // The glow is a gradient, not a box-shadow: resvg blurs a shadow this wide for seconds.
  return [
    div({
      position: "absolute",
      left: Math.round((size.width - glow) / 2),
      top: Math.round(size.height * 0.17 + disc / 2 - glow / 2),
      width: glow,
      height: glow,
      backgroundImage: `radial-gradient(closest-side, ${rgba(grade.accent, 0.5)} 0%, ${rgba(grade.accent, 0.18)} 45%, ${rgba(grade.accent, 0)} 100%)`,
    }),
    div({
      position: "absolute",
      left: Math.round((size.width - disc) / 2),
      top: Math.round(size.height * 0.17),
      width: disc,
      height: disc,
      borderRadius: "50%",
      backgroundImage: `linear-gradient(180deg, ${grade.accent} 0%, ${rgba(second, 0.9)} 60%, ${rgba(grade.night, 0.2)} 100%)`,
    }),
    div({
      position: "absolute",
      left: 0,
      right: 0,
      top: Math.round(size.height * 0.48),
      height: Math.round(size.height * 0.2),
      backgroundImage: `linear-gradient(180deg, ${grade.night} 0%, ${rgba(grade.night, 0.6)} 100%)`,
      borderTop: `2px solid ${rgba(grade.paper, 0.35)}`,
    }),
  ];
}

/** A thin ring behind the lead: the graphic device that makes a composite read as designed. */
function halo(grade: ShowGrade, size: Size, scale: number): Element {
  const diameter = Math.round(size.width * scale);
  return div({
    position: "absolute",
    left: Math.round((size.width - diameter) / 2),
    top: Math.round(size.height * 0.36 - diameter / 2),
    width: diameter,
    height: diameter,
    borderRadius: "50%",
    border: `${Math.max(1, Math.round(size.width / 400))}px solid ${rgba(grade.accent, 0.45)}`,
  });
}

function titleBlock(blueprint: Blueprint, grade: ShowGrade, size: Size): Element {
  const unit = size.width / 1024;
  const lines = balanceLines(blueprint.title.toUpperCase(), 12, 3);
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), "");
  const fontSize = fitFontSize(longest, size.width * 0.84, { weight: 900, max: 190 * unit, tracking: -0.02 });
  const taglineSize = Math.round(22 * unit);
  return div(
    {
      position: "absolute",
      left: 0,
      right: 0,
      bottom: Math.round(size.height * 0.135),
      flexDirection: "column",
      alignItems: "center",
    },
    div(
      {
        fontSize: taglineSize,
        fontWeight: 600,
        letterSpacing: taglineSize * 0.2,
        color: grade.paper,
        textTransform: "uppercase",
        marginBottom: Math.round(22 * unit),
        maxWidth: size.width * 0.86,
        textAlign: "center",
      },
      blueprint.tagline,
    ),
    ...lines.map((line) =>
      div(
        {
          fontSize,
          fontWeight: 900,
          lineHeight: 0.9,
          letterSpacing: fontSize * -0.02,
          color: grade.paper,
          textShadow: `0 ${Math.round(6 * unit)}px ${Math.round(30 * unit)}px ${rgba("#000000", 0.5)}`,
        },
        line,
      ),
    ),
    div(
      { marginTop: Math.round(28 * unit), alignItems: "center", gap: Math.round(16 * unit) },
      div({ width: Math.round(48 * unit), height: Math.max(1, Math.round(2 * unit)), backgroundColor: grade.accent }),
      div(
        { fontSize: Math.round(20 * unit), fontWeight: 700, letterSpacing: Math.round(5 * unit), color: grade.accent },
        "NEW SERIES · COMING SOON",
      ),
      div({ width: Math.round(48 * unit), height: Math.max(1, Math.round(2 * unit)), backgroundColor: grade.accent }),
    ),
  );
}
