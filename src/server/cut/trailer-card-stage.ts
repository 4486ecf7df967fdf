import { fillFrame, vignette } from "../providers/offline/image/backdrop";
import { mix, rgba } from "../providers/offline/image/color";
import { fontFamily } from "../providers/offline/image/fonts";
import { type Box, div, img } from "../providers/offline/image/render-svg";
import type { ShowGrade } from "../providers/offline/image/show-palette";
import type { Size } from "../providers/types";
import { sharedRenderPool } from "../render-sandbox/render-pool";
import type { Face } from "./trailer-card-fit";
import { cardFonts } from "./trailer-card-fonts";

/**
 * What every trailer card is drawn with: the ground it sits on, a line of display type, and the
 * render to a PNG. Kept apart from the cards so the title card and the end card share one look
 * (the same light, the same shadow under the type) and one way into the render sandbox.
 */

/**
 * The ground every card sits on: the show's night, a pool of accent light behind the type, a
 * cooler second light low in the frame and the lens's vignette; or, given one, the poster's own
 * colours blurred and dimmed, so the end card feels cut from the key art.
 */
export function stage(grade: ShowGrade, size: Size, ground: string | null, content: Box): Box {
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

/** One line of display type in `face`, a soft dark shadow under it so it reads on any ground. */
export function displayLine(
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

/** The card as a PNG of exactly `size`, laid out and rasterised in the render sandbox. */
export async function renderCard(root: Box, size: Size, texts: string[]): Promise<Buffer> {
  const png = await sharedRenderPool().render({
    op: "png",
    tree: root,
    size,
    fonts: cardFonts(texts),
  });
  return Buffer.isBuffer(png) ? png : Buffer.from(png);
}
