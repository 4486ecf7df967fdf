import type { Size } from "../../types";
import { cardColorsFor, type PaletteColor, withAlpha } from "./palette";
import { box, renderCard } from "./typography";

export interface TitleCardOptions {
  title: string;
  tagline: string;
  palette: PaletteColor[];
  medium: string;
}

/** Renders the show's title card as a PNG of exactly `size`. Injected, so the app can share one. */
export type TitleCardRenderer = (options: TitleCardOptions, size: Size) => Promise<Buffer>;

/** The card used until a shared one is injected: deep palette gradient, medium, title, tagline. */
export const renderDefaultTitleCard: TitleCardRenderer = (options, size) => {
  const { deep, accent } = cardColorsFor(options.palette);
  const unit = size.width / 100;
  const titleSize = fitFontSize(options.title, size.width * 0.8, unit * 3.6, unit * 8.5);
  return renderCard(
    box(
      {
        width: "100%",
        height: "100%",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        backgroundColor: deep[0],
        backgroundImage: `radial-gradient(circle at 50% 42%, ${withAlpha(accent, 0.22)} 0%, ${withAlpha(deep[1], 0)} 55%), linear-gradient(135deg, ${deep[0]} 0%, ${deep[1]} 100%)`,
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
        `A ${options.medium} series`,
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
        options.title,
      ),
      box({ width: unit * 7, height: unit * 0.22, backgroundColor: accent, margin: `${unit * 2}px 0` }),
      box(
        {
          maxWidth: "64%",
          fontSize: unit * 2.1,
          fontWeight: 400,
          lineHeight: 1.35,
          textAlign: "center",
          justifyContent: "center",
          color: "rgba(255, 255, 255, 0.86)",
        },
        options.tagline,
      ),
    ),
    size,
  );
};

/**
 * A font size at which `text` fits `width` on about two lines, within bounds. Inter's average
 * advance is ~0.55 em; satori wraps anything that still overflows.
 */
export function fitFontSize(text: string, width: number, min: number, max: number): number {
  const oneLine = width / (Math.max(text.length, 1) * 0.55);
  const size = text.length > 18 ? oneLine * 1.8 : oneLine;
  return Math.round(Math.min(max, Math.max(min, size)));
}
