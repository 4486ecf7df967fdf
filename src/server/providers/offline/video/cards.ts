import type { Blueprint } from "../../../shows/documents";
import type { Size } from "../../types";
import { fitFontSize } from "./default-title-card";
import { type CardColors, withAlpha } from "./palette";
import { box, type CardNode, renderCard } from "./typography";

/** Typographic cards and overlays, all laid out relative to their size so any aspect works. */

const textShadow = "0 2px 12px rgba(0, 0, 0, 0.55)";

function deepBackground(colors: CardColors, glowAt: string) {
  const [darkest, second] = colors.deep;
  return {
    backgroundColor: darkest,
    backgroundImage: `radial-gradient(circle at ${glowAt}, ${withAlpha(colors.accent, 0.16)} 0%, ${withAlpha(second, 0)} 60%), linear-gradient(160deg, ${second} 0%, ${darkest} 100%)`,
  };
}

/** The logline, set large and centred under the genre. */
export function loglineCard(blueprint: Blueprint, colors: CardColors, size: Size): Promise<Buffer> {
  const unit = Math.min(size.width, size.height * 1.78) / 100;
  return renderCard(
    box(
      {
        width: "100%",
        height: "100%",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        fontFamily: "Inter",
        color: "white",
        ...deepBackground(colors, "50% 60%"),
      },
      label(blueprint.genre, colors.accent, unit),
      box(
        {
          maxWidth: "72%",
          marginTop: unit * 2,
          fontSize: unit * (blueprint.logline.length > 160 ? 2.6 : 3.1),
          fontWeight: 600,
          lineHeight: 1.32,
          textAlign: "center",
          justifyContent: "center",
        },
        blueprint.logline,
      ),
    ),
    size,
  );
}

/** A character without a portrait: their initials, huge and faint, on the side the portrait would take. */
export function initialsCard(
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
  return renderCard(
    box(
      {
        width: "100%",
        height: "100%",
        alignItems: "center",
        justifyContent: side === "right" ? "flex-end" : "flex-start",
        padding: `0 ${size.width * 0.1}px`,
        fontFamily: "Inter",
        ...deepBackground(colors, side === "right" ? "70% 45%" : "30% 45%"),
      },
      box(
        {
          fontSize: size.height * 0.55,
          fontWeight: 800,
          letterSpacing: -size.height * 0.02,
          color: withAlpha(colors.accent, 0.35),
        },
        initials || "?",
      ),
    ),
    size,
  );
}

/** The right-hand text of the end card: title, tagline, "coming soon". Transparent elsewhere. */
export function endCardText(blueprint: Blueprint, colors: CardColors, size: Size): Promise<Buffer> {
  const unit = size.width / 100;
  const titleSize = fitFontSize(blueprint.title, size.width * 0.9, unit * 4, unit * 9);
  return renderCard(
    box(
      {
        width: "100%",
        height: "100%",
        flexDirection: "column",
        justifyContent: "center",
        fontFamily: "Inter",
        color: "white",
      },
      box(
        {
          fontSize: titleSize,
          fontWeight: 800,
          lineHeight: 1.04,
          letterSpacing: -titleSize * 0.025,
          textShadow,
        },
        blueprint.title,
      ),
      box({ width: unit * 12, height: unit * 0.5, backgroundColor: colors.accent, margin: `${unit * 4}px 0` }),
      box(
        { fontSize: unit * 4.4, fontWeight: 400, lineHeight: 1.35, color: "rgba(255, 255, 255, 0.88)", textShadow },
        blueprint.tagline,
      ),
      box({ marginTop: unit * 7 }, label("Coming soon", colors.accent, unit * 1.9)),
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
  return renderCard(
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
          backgroundImage: "linear-gradient(90deg, rgba(0, 0, 0, 0.62) 0%, rgba(0, 0, 0, 0.38) 100%)",
        },
        box(
          { fontSize: unit * (name.length > 24 ? 15 : 19), fontWeight: 700, lineHeight: 1.1, textShadow },
          name,
        ),
        box(
          {
            marginTop: unit * 2.5,
            fontSize: unit * 8,
            fontWeight: 600,
            letterSpacing: unit * 1.2,
            textTransform: "uppercase",
            color: "rgba(255, 255, 255, 0.82)",
          },
          role,
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
): Promise<Buffer> {
  const unit = size.height / 100;
  return renderCard(
    box(
      {
        width: "100%",
        height: "100%",
        flexDirection: "column",
        justifyContent: "flex-end",
        padding: `0 ${unit * 14}px ${unit * 13}px`,
        fontFamily: "Inter",
        color: "white",
        backgroundImage: "linear-gradient(180deg, rgba(0, 0, 0, 0) 0%, rgba(0, 0, 0, 0.72) 100%)",
      },
      label(`${showTitle} · Episode ${episode.number}`, colors.accent, unit * 7.5),
      box(
        { marginTop: unit * 3, fontSize: unit * 21, fontWeight: 700, lineHeight: 1.1, textShadow },
        episode.title,
      ),
    ),
    size,
  );
}

/** Small spaced capitals in the accent colour. */
function label(text: string, color: string, size: number): CardNode {
  return box(
    {
      fontSize: size * 1.3,
      fontWeight: 600,
      letterSpacing: size * 0.4,
      textTransform: "uppercase",
      color,
    },
    text,
  );
}
