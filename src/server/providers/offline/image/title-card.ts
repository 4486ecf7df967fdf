import { textLimits } from "../../../shows/text-limits";
import type { Size } from "../../types";
import { fillFrame, litSet, vignette } from "./backdrop";
import { rgba } from "./color";
import { greenlightMark } from "./credits";
import { balanceLines, drawableText, fitFontSize, fitTextBlock } from "./fit-text";
import { fontFamily } from "./fonts";
import { type Box, div, renderPng } from "./render-svg";
import { seededRandom, seedFrom } from "./seeded-random";
import { gradeShow, type Palette, type ShowGrade } from "./show-palette";

export interface TitleCardInput {
  title: string;
  tagline: string;
  palette: Palette;
  /** The production medium, e.g. "stop-motion claymation"; set small under the tagline. */
  medium: string;
}

export interface EndCardInput {
  title: string;
  palette: Palette;
  /** The big line; default "Coming soon". */
  headline?: string;
}

export const defaultCardSize: Size = { width: 1280, height: 720 };

/** The trailer's opening card: house mark, the title large, tagline and medium beneath. */
export async function renderTitleCard(
  input: TitleCardInput,
  size: Size = defaultCardSize,
  signal?: AbortSignal,
): Promise<Buffer> {
  const grade = gradeShow(input.palette);
  const unit = size.height / 720;
  const title = drawableText(input.title, textLimits.title);
  const medium = drawableText(input.medium, textLimits.label);
  const lines = balanceLines(title.toUpperCase(), 2, 8);
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), "");
  const fontSize = fitFontSize(longest, size.width * 0.8, {
    weight: 900,
    max: Math.round(size.height * (lines.length > 1 ? 0.17 : 0.22)),
    tracking: -0.02,
  });
  const tagline = fitTextBlock(input.tagline, {
    width: size.width * 0.8,
    maxLines: 2,
    fontSize: Math.round(22 * unit),
    minFontSize: Math.round(15 * unit),
    weight: 600,
    uppercase: true,
    tracking: 0.18,
  });
  const content = div(
    { flexDirection: "column", alignItems: "center", fontFamily },
    greenlightMark(grade, unit * 0.9),
    div(
      { flexDirection: "column", alignItems: "center", marginTop: Math.round(36 * unit) },
      ...lines.map((line) => titleLine(line, fontSize, grade, unit)),
    ),
    div({
      width: Math.round(64 * unit),
      height: Math.max(1, Math.round(2 * unit)),
      backgroundColor: grade.accent,
      marginTop: Math.round(34 * unit),
    }),
    div(
      {
        marginTop: Math.round(26 * unit),
        fontSize: tagline.fontSize,
        fontWeight: 600,
        letterSpacing: tagline.fontSize * 0.18,
        color: grade.paper,
        textTransform: "uppercase",
        maxWidth: size.width * 0.8,
        textAlign: "center",
        justifyContent: "center",
      },
      tagline.text,
    ),
    div(
      {
        marginTop: Math.round(14 * unit),
        fontSize: Math.round(15 * unit),
        fontWeight: 400,
        letterSpacing: Math.round(4 * unit),
        color: grade.mist,
        textTransform: "uppercase",
        maxWidth: size.width * 0.8,
        lineClamp: 1,
      },
      `A ${medium} series`,
    ),
  );
  return renderPng(card(grade, size, seedFrom("title-card", title), content), size, signal);
}

/** The trailer's closing card: a headline, the title and where to watch. */
export async function renderEndCard(
  { palette, ...input }: EndCardInput,
  size: Size = defaultCardSize,
  signal?: AbortSignal,
): Promise<Buffer> {
  const grade = gradeShow(palette);
  const title = drawableText(input.title, textLimits.title);
  const headline = drawableText(input.headline ?? "Coming soon", textLimits.label);
  const unit = size.height / 720;
  const titleSize = fitFontSize(title.toUpperCase(), size.width * 0.7, {
    weight: 900,
    max: Math.round(64 * unit),
  });
  const headlineSize = Math.round(26 * unit);
  const content = div(
    { flexDirection: "column", alignItems: "center", fontFamily },
    div(
      {
        fontSize: headlineSize,
        fontWeight: 700,
        letterSpacing: headlineSize * 0.4,
        color: grade.accent,
        textTransform: "uppercase",
        paddingLeft: headlineSize * 0.4,
      },
      headline,
    ),
    div(
      { marginTop: Math.round(22 * unit) },
      titleLine(title.toUpperCase(), titleSize, grade, unit),
    ),
    div(
      { marginTop: Math.round(40 * unit) },
      greenlightMark(grade, unit * 0.9, "ONLY ON GREENLIGHT"),
    ),
  );
  return renderPng(card(grade, size, seedFrom("end-card", title), content), size, signal);
}

function titleLine(text: string, fontSize: number, grade: ShowGrade, unit: number): Box {
  return div(
    {
      fontSize,
      fontWeight: 900,
      lineHeight: 0.95,
      letterSpacing: fontSize * -0.02,
      color: grade.paper,
      textShadow: `0 ${Math.round(4 * unit)}px ${Math.round(24 * unit)}px ${rgba("#000000", 0.55)}`,
    },
    text,
  );
}

function card(grade: ShowGrade, size: Size, seed: number, content: Box): Box {
  return div(
    { position: "relative", width: size.width, height: size.height, backgroundColor: grade.night },
    ...litSet(grade, grade.accent, size, seededRandom(seed)),
    // A second, cooler pool of light low in the frame: two-tone grading reads as cinema.
    div({
      ...fillFrame,
      backgroundImage: `radial-gradient(ellipse 55% 60% at 82% 100%, ${rgba(grade.accents[1] ?? grade.accent, 0.22)} 0%, ${rgba(grade.accents[1] ?? grade.accent, 0)} 100%)`,
    }),
    // Calms the set so the type carries the card.
    div({ ...fillFrame, backgroundColor: rgba(grade.night, 0.35) }),
    vignette(0.7),
    div({ ...fillFrame, alignItems: "center", justifyContent: "center" }, content),
  );
}
