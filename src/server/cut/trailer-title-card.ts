import { greenlightMark } from "../providers/offline/image/credits";
import { div } from "../providers/offline/image/render-svg";
import { gradeShow } from "../providers/offline/image/show-palette";
import type { Size } from "../providers/types";
import type { Blueprint } from "../shows/documents";
import { textLimits } from "../shows/text-limits";
import { fitDisplay, phraseFace, titleFace } from "./trailer-card-fit";
import { typeable } from "./trailer-card-fonts";
import { displayLine, renderCard, stage } from "./trailer-card-stage";

/**
 * The trailer's title card: one line of type between shots, either the show's title (set as key
 * art sets it, with the house mark) or a phrase such as "THIS FALL". It is a card of its own, not
 * a frame from the board, so a title shot needs no picture.
 */

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
