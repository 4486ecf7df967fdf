import type { Blueprint } from "../../../shows/documents";
import { textLimits } from "../../../shows/text-limits";
import { drawableText } from "./fit-text";

/**
 * The blueprint's drawn fields within their limits. Rows that predate the limits, or were written
 * straight into the database, can hold any length; the art is laid out from this copy.
 */
export function drawableBlueprint(blueprint: Blueprint): Blueprint {
  return {
    ...blueprint,
    title: drawableText(blueprint.title, textLimits.title),
    tagline: drawableText(blueprint.tagline, textLimits.tagline),
    genre: drawableText(blueprint.genre, textLimits.label),
    setting: drawableText(blueprint.setting, textLimits.sentence),
    productionStyle: {
      ...blueprint.productionStyle,
      medium: drawableText(blueprint.productionStyle.medium, textLimits.label),
    },
  };
}
