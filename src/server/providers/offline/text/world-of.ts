import { mentions } from "./genre-inference";
import type { Premise } from "./premise-analysis";
import { type World, worlds } from "./vocabulary/worlds";

/**
 * The world the story lives in. The premise's place decides first ("a bakery in Mumbai" is a
 * kitchen, not a city); else the world whose most specific words it mentions ("generation ship"
 * is space, though "ship" alone is the sea).
 */
export function worldOf(premise: Premise): World | null {
  const place = premise.placeText ?? premise.place?.text ?? "";
  const byPlace = mostSpecific(place);
  return byPlace ?? mostSpecific(premise.text);
}

function mostSpecific(text: string): World | null {
  let best: { world: World; score: number } | null = null;
  for (const world of worlds) {
    const score = world.keywords
      .filter((keyword) => mentions(text, keyword))
      .reduce((sum, keyword) => sum + keyword.length, 0);
    if (score > 0 && (!best || score > best.score)) {
      best = { world, score };
    }
  }
  return best?.world ?? null;
}
