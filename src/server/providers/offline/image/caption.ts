import { rgba } from "./color";
import { fontFamily } from "./fonts";
import { type Box, div } from "./render-svg";

export interface CaptionOptions {
  text: string;
  color: string;
  accent: string;
  /** Cap height is about 0.7 of this. */
  fontSize: number;
}

/** The small spaced-capitals name plate used on portraits and grid tiles. */
export function nameCaption({ text, color, accent, fontSize }: CaptionOptions): Box {
  return div(
    { flexDirection: "column", alignItems: "center", gap: Math.round(fontSize * 0.55) },
    div({
      width: Math.round(fontSize * 1.6),
      height: Math.max(1, Math.round(fontSize / 12)),
      backgroundColor: accent,
    }),
    div(
      {
        fontFamily,
        fontWeight: 600,
        fontSize,
        letterSpacing: fontSize * 0.28,
        textTransform: "uppercase",
        color,
        textAlign: "center",
        textShadow: `0 ${Math.round(fontSize / 10)}px ${Math.round(fontSize / 2)}px ${rgba("#000000", 0.6)}`,
        // Spaced capitals add tracking after the last letter too; pad the left to recentre.
        paddingLeft: fontSize * 0.28,
        maxWidth: "100%",
        lineClamp: 1,
      },
      text,
    ),
  );
}
