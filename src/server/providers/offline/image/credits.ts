import type { Blueprint } from "../../../shows/documents";
import { textLimits } from "../../../shows/text-limits";
import { rgba } from "./color";
import { drawableText, fitTextBlock } from "./fit-text";
import { fontFamily } from "./fonts";
import { type Box, div } from "./render-svg";
import type { ShowGrade } from "./show-palette";

/** The house mark: a lit dot and the spaced wordmark, as a streaming service brands its own. */
export function greenlightMark(
  grade: ShowGrade,
  unit: number,
  label = "A GREENLIGHT ORIGINAL",
): Box {
  const dot = Math.round(12 * unit);
  return div(
    { alignItems: "center", gap: Math.round(12 * unit), fontFamily },
    div({
      width: dot,
      height: dot,
      borderRadius: "50%",
      backgroundColor: "#3ddc84",
      boxShadow: `0 0 ${dot}px ${rgba("#3ddc84", 0.8)}`,
    }),
    div(
      {
        fontSize: Math.round(18 * unit),
        fontWeight: 700,
        letterSpacing: Math.round(6 * unit),
        color: grade.paper,
      },
      label,
    ),
  );
}

/**
 * The billing block: the condensed small print under key art. Inter has no condensed cut, so
 * it is set tight and small, the way the real ones read from across a room.
 */
export function billingBlock(
  blueprint: Blueprint,
  cast: { name: string }[],
  grade: ShowGrade,
  unit: number,
): Box {
  const starring = cast
    .slice(0, 6)
    .map((member) => drawableText(member.name, textLimits.name))
    .join("   ");
  const width = Math.round(820 * unit);
  const line = (text: string, weight: 400 | 600 = 400) => {
    // Two lines at most: the billing block sits in a fixed band under the key art.
    const fitted = fitTextBlock(text, {
      width,
      maxLines: 2,
      fontSize: Math.round(13 * unit),
      minFontSize: Math.round(10 * unit),
      weight,
      uppercase: true,
      keepSpaces: true,
    });
    return div(
      {
        fontSize: fitted.fontSize,
        fontWeight: weight,
        letterSpacing: fitted.fontSize * -0.02,
        lineHeight: 1.35,
        color: rgba(grade.mist, 0.9),
        textAlign: "center",
        textTransform: "uppercase",
        // Credits are separated by runs of spaces, as on real billing blocks.
        whiteSpace: "pre-wrap",
        justifyContent: "center",
      },
      fitted.text,
    );
  };
  return div(
    { flexDirection: "column", alignItems: "center", maxWidth: width, fontFamily },
    line(`GREENLIGHT PRESENTS   A ${blueprint.genre} SERIES   "${blueprint.title}"`, 600),
    starring ? line(`STARRING   ${starring}`) : null,
    line(`A ${blueprint.productionStyle.medium} production   set in ${blueprint.setting}`),
    line("© GREENLIGHT STUDIOS   ALL RIGHTS RESERVED   A GREENLIGHT ORIGINAL", 600),
  );
}
