import { textLimits } from "../../../shows/text-limits";
import type { Size } from "../../types";
import { drawableText, fitTextBlock } from "../image/fit-text";
import { gradientBackground } from "./backgrounds";
import { type CardColors, withAlpha } from "./palette";
import { plateJpeg } from "./plates";
import { box, type CardNode, layOutCard, renderCardPng } from "./typography";

/** Typographic cards and overlays, all laid out relative to their size so any aspect works. */

const textShadow = "0 2px 12px rgba(0, 0, 0, 0.55)";

/** Type over the deep palette gradient, glowing faintly in the accent colour at `glow`. */
async function deepCard(
  colors: CardColors,
  glow: { x: number; y: number },
  text: CardNode,
  size: Size,
): Promise<Buffer> {
  const [darkest, second] = colors.deep;
  return gradientBackground(
    { from: second, to: darkest, glow: { color: colors.accent, ...glow, strength: 0.18 } },
    size,
  )
    .composite([{ input: await layOutCard(text, size) }])
    .jpeg(plateJpeg)
    .toBuffer();
}

/** A character without a portrait: their initials, huge and faint, where the portrait would be. */
export function initialsPlate(
  name: string,
  side: "left" | "right",
  colors: CardColors,
  size: Size,
): Promise<Buffer> {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");
  return deepCard(
    colors,
    { x: side === "right" ? 0.7 : 0.3, y: 0.45 },
    box(
      {
        width: "100%",
        height: "100%",
        alignItems: "center",
        justifyContent: side === "right" ? "flex-end" : "flex-start",
        padding: `0 ${size.width * 0.1}px`,
        fontFamily: "Inter",
      },
      box(
        {
          fontSize: Math.min(size.width, size.height) * 0.55,
          fontWeight: 800,
          letterSpacing: -Math.min(size.width, size.height) * 0.02,
          color: withAlpha(colors.accent, 0.35),
        },
        initials || "?",
      ),
    ),
    size,
  );
}

/** Name and role, with an accent bar, anchored to the bottom corner on `align`. */
export function lowerThird(
  name: string,
  role: string,
  align: "left" | "right",
  colors: CardColors,
  size: Size,
): Promise<Buffer> {
  const unit = size.height / 100;
  const fittedName = fitTextBlock(name, {
    width: size.width * 0.8,
    maxLines: 2,
    fontSize: unit * (name.length > 24 ? 15 : 19),
    minFontSize: unit * 9,
    weight: 700,
  });
  const fittedRole = fitTextBlock(role, {
    width: size.width * 0.8,
    maxLines: 1,
    fontSize: unit * 8,
    minFontSize: unit * 5,
    weight: 600,
    uppercase: true,
    tracking: 0.15,
  });
  return renderCardPng(
    box(
      {
        width: "100%",
        height: "100%",
        alignItems: "flex-end",
        justifyContent: align === "left" ? "flex-start" : "flex-end",
        fontFamily: "Inter",
        color: "white",
      },
      box(
        {
          flexDirection: "column",
          maxWidth: "100%",
          borderLeft: `${unit * 2.2}px solid ${colors.accent}`,
          padding: `${unit * 4}px ${unit * 7}px ${unit * 4}px ${unit * 6}px`,
          backgroundImage:
            "linear-gradient(90deg, rgba(0, 0, 0, 0.62) 0%, rgba(0, 0, 0, 0.38) 100%)",
        },
        box(
          {
            fontSize: fittedName.fontSize,
            fontWeight: 700,
            lineHeight: 1.1,
            textShadow,
          },
          fittedName.text,
        ),
        box(
          {
            marginTop: unit * 2.5,
            fontSize: fittedRole.fontSize,
            fontWeight: 600,
            letterSpacing: unit * 1.2,
            textTransform: "uppercase",
            color: "rgba(255, 255, 255, 0.82)",
          },
          fittedRole.text,
        ),
      ),
    ),
    size,
  );
}

/** "Episode 3" over the episode title, on a scrim that darkens the bottom of the frame. */
export function episodeCaption(
  episode: { number: number; title: string },
  showTitle: string,
  colors: CardColors,
  size: Size,
  frame: Size,
): Promise<Buffer> {
  const unit = Math.min(frame.width, frame.height) / 100;
  const title = fitTextBlock(episode.title, {
    width: size.width * 0.84,
    maxLines: 2,
    fontSize: unit * 6,
    minFontSize: unit * 4,
    weight: 700,
  });
  return renderCardPng(
    box(
      {
        width: "100%",
        height: "100%",
        flexDirection: "column",
        justifyContent: "flex-end",
        fontFamily: "Inter",
        color: "white",
        backgroundImage: "linear-gradient(180deg, rgba(0, 0, 0, 0) 0%, rgba(0, 0, 0, 0.7) 100%)",
      },
      // Satori drops the bottom padding of a full-height flex-end box; an inner box keeps it.
      box(
        { flexDirection: "column", padding: `0 ${unit * 8}px ${unit * 8}px` },
        label(
          `${drawableText(showTitle, textLimits.title)} · Episode ${episode.number}`,
          colors.accent,
          unit * 2.3,
        ),
        box(
          {
            marginTop: unit * 1.2,
            fontSize: title.fontSize,
            fontWeight: 700,
            lineHeight: 1.1,
            textShadow,
          },
          title.text,
        ),
      ),
    ),
    size,
  );
}

/** Small spaced capitals in the accent colour. */
function label(text: string, color: string, fontSize: number): CardNode {
  return box(
    {
      fontSize,
      fontWeight: 600,
      letterSpacing: fontSize * 0.3,
      textTransform: "uppercase",
      color,
    },
    text,
  );
}
