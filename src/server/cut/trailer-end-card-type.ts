import { greenlightMark } from "../providers/offline/image/credits";
import { fitTextBlock } from "../providers/offline/image/fit-text";
import { fontFamily } from "../providers/offline/image/fonts";
import { type Box, type Child, div } from "../providers/offline/image/render-svg";
import type { ShowGrade } from "../providers/offline/image/show-palette";
import {
  balancedRows,
  type FittedBilling,
  fitBilling,
  fitDisplay,
  minNamePx,
  nameFace,
  titleFace,
} from "./trailer-card-fit";
import { displayLine } from "./trailer-card-stage";

/**
 * The end card's column of type: title, tagline, the cast billed and "coming soon". It is fitted
 * to a room and says how tall it came out, so the end card can give a tall frame's poster
 * whatever height the type leaves.
 */

/**
 * The end card's type, fitted into `room`: the billing block is fitted first (the cast is the
 * one thing that must all be there), then the title gets what height is left.
 */
export function endCardType(
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

/** "STARRING" and the fitted lines of names, a dot in the accent between two names on a line. */
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
