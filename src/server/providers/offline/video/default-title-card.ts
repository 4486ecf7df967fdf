import { textLimits } from "../../../shows/text-limits";
import type { Size } from "../../types";
import { drawableText, fitTextBlock } from "../image/fit-text";
import { gradientBackground } from "./backgrounds";
import { cardColorsFor, type PaletteColor } from "./palette";
import { box, layOutCard } from "./typography";

export interface TitleCardOptions {
  title: string;
  tagline: string;
  palette: PaletteColor[];
  medium: string;
}

/** Renders the show's title card as a PNG of exactly `size`. Injected, so the app can share one. */
export type TitleCardRenderer = (options: TitleCardOptions, size: Size) => Promise<Buffer>;

/** The card used until a shared one is injected: deep palette gradient, medium, title, tagline. */
export const renderDefaultTitleCard: TitleCardRenderer = async (options, size) => {
  const { deep, accent } = cardColorsFor(options.palette);
  const unit = size.width / 100;
  const title = drawableText(options.title, textLimits.title);
  const titleSize = fitFontSize(title, size.width * 0.8, unit * 3.6, unit * 8.5);
  const tagline = fitTextBlock(options.tagline, {
    width: size.width * 0.64,
    maxLines: 3,
    fontSize: unit * 2.1,
    minFontSize: unit * 1.5,
  });
  const text = await layOutCard(
    box(
      {
        width: "100%",
        height: "100%",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        fontFamily: "Inter",
        color: "white",
      },
      box(
        {
          fontSize: unit * 1.25,
          fontWeight: 600,
          letterSpacing: unit * 0.45,
          textTransform: "uppercase",
          color: accent,
          marginBottom: unit * 1.6,
        },
        `A ${drawableText(options.medium, textLimits.label)} series`,
      ),
      box(
        {
          maxWidth: "82%",
          fontSize: titleSize,
          fontWeight: 800,
          lineHeight: 1.04,
          letterSpacing: -titleSize * 0.025,
          textAlign: "center",
          justifyContent: "center",
        },
        title,
      ),
      box({
        width: unit * 7,
        height: unit * 0.22,
        backgroundColor: accent,
        margin: `${unit * 2}px 0`,
      }),
      box(
        {
          maxWidth: "64%",
          fontSize: tagline.fontSize,
          fontWeight: 400,
          lineHeight: 1.35,
          textAlign: "center",
          justifyContent: "center",
          color: "rgba(255, 255, 255, 0.86)",
        },
        tagline.text,
      ),
    ),
    size,
  );
  return gradientBackground(
    { from: deep[1], to: deep[0], glow: { color: accent, x: 0.5, y: 0.42, strength: 0.22 } },
    size,
  )
    .composite([{ input: text }])
    .png({ compressionLevel: 1 })
    .toBuffer();
};

/**
 * A font size at which `text` fits `width` on about two lines, within bounds. Inter's average
 * advance is ~0.55 em; satori wraps anything that still overflows.
 */
function fitFontSize(text: string, width: number, min: number, max: number): number {
  const oneLine = width / (Math.max(text.length, 1) * 0.55);
  const size = text.length > 18 ? oneLine * 1.8 : oneLine;
  return Math.round(Math.min(max, Math.max(min, size)));
}
