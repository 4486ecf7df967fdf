import type { Blueprint } from "../../../shows/documents";
import type { MediaRef, Size } from "../../types";
import { fillFrame, vignette } from "./backdrop";
import { luminance, rgba } from "./color";
import { billingBlock, greenlightMark } from "./credits";
import { drawableBlueprint } from "./drawable-blueprint";
import { finishAround, setType } from "./finish-frame";
import { balanceLines, fitFontSize, fitTextBlock } from "./fit-text";
import { fontFamily } from "./fonts";
import { stageFor } from "./look-grade";
import { mediumLookOf } from "./medium-look";
import { castArt, emblemArt, gridArt, halo } from "./poster-key-art";
import { type Box, div, renderPng } from "./render-svg";
import { seededRandom, seedFrom } from "./seeded-random";
import { gradeShow, type ShowGrade } from "./show-palette";

export interface PosterInput {
  blueprint: Blueprint;
  cast: { name: string; role: string; portrait: MediaRef | null }[];
  grid: MediaRef | null;
}

export const defaultPosterSize: Size = { width: 1024, height: 1536 };

/** The library poster: 2:3 key art with the cast, the title, tagline and a billing block. */
export async function renderPoster(
  input: PosterInput,
  size: Size = defaultPosterSize,
  signal?: AbortSignal,
): Promise<Buffer> {
  const { cast, grid } = input;
  const blueprint = drawableBlueprint(input.blueprint);
  const look = mediumLookOf(blueprint.productionStyle.medium);
  const { grade, vignette: corners } = stageFor(
    look,
    gradeShow(blueprint.visualAesthetics.palette),
  );
  const random = seededRandom(seedFrom("poster", blueprint.title));
  const faces = cast.flatMap((member) => (member.portrait ? [member.portrait.path] : []));
  const { boxes: keyArt, placed } =
    faces.length > 0
      ? await castArt(faces, size, luminance(grade.night) > 0.5 ? "light" : "dark")
      : {
          boxes: grid ? await gridArt(grid.path, grade, size) : emblemArt(grade, size),
          placed: [],
        };
  signal?.throwIfAborted();

  const unit = size.width / 1024;
  const art = div(
    {
      position: "relative",
      width: size.width,
      height: size.height,
      backgroundColor: grade.night,
      backgroundImage: `linear-gradient(180deg, ${grade.dusk} 0%, ${grade.night} 55%)`,
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
    vignette(0.5 * corners),
  );
  // Type is set after the finish, as a printer would, so hatching and dots never eat letters.
  const type = div(
    { position: "relative", width: size.width, height: size.height, fontFamily },
    div(
      {
        position: "absolute",
        top: Math.round(44 * unit),
        left: 0,
        right: 0,
        justifyContent: "center",
      },
      greenlightMark(grade, unit),
    ),
    titleBlock(blueprint, grade, size),
    div(
      {
        position: "absolute",
        left: 0,
        right: 0,
        bottom: Math.round(48 * unit),
        justifyContent: "center",
      },
      billingBlock(blueprint, cast, grade, unit),
    ),
  );
  const finished = await finishAround(
    await renderPng(art, size, signal),
    look,
    grade,
    blueprint.title,
    placed,
  );
  signal?.throwIfAborted();
  return setType(finished, await renderPng(type, size, signal));
}

function titleBlock(blueprint: Blueprint, grade: ShowGrade, size: Size): Box {
  const unit = size.width / 1024;
  const lines = balanceLines(blueprint.title.toUpperCase(), 3, 3);
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), "");
  const fontSize = fitFontSize(longest, size.width * 0.84, {
    weight: 900,
    max: 190 * unit,
    tracking: -0.02,
  });
  const tagline = fitTextBlock(blueprint.tagline, {
    width: size.width * 0.86,
    maxLines: 2,
    fontSize: Math.round(22 * unit),
    minFontSize: Math.round(15 * unit),
    weight: 600,
    uppercase: true,
    tracking: 0.2,
  });
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
        fontSize: tagline.fontSize,
        fontWeight: 600,
        letterSpacing: tagline.fontSize * 0.2,
        color: grade.paper,
        textTransform: "uppercase",
        // Room for accents above capitals, which the tight title leading would push up.
        marginBottom: Math.round(22 * unit + fontSize * 0.12),
        maxWidth: size.width * 0.86,
        textAlign: "center",
        justifyContent: "center",
      },
      tagline.text,
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
      div({
        width: Math.round(48 * unit),
        height: Math.max(1, Math.round(2 * unit)),
        backgroundColor: grade.accent,
      }),
      div(
        {
          fontSize: Math.round(20 * unit),
          fontWeight: 700,
          letterSpacing: Math.round(5 * unit),
          color: grade.accent,
        },
        "NEW SERIES · COMING SOON",
      ),
      div({
        width: Math.round(48 * unit),
        height: Math.max(1, Math.round(2 * unit)),
        backgroundColor: grade.accent,
      }),
    ),
  );
}
