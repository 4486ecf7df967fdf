/**
 * Colour words as dossiers write them, for hair and clothes alike. Each is matched as a whole
 * word; the list runs most specific first, so "dark brown" wins over "brown" and "navy blue"
 * over "blue".
 */
export const colourWords: readonly (readonly [RegExp, string])[] = [
  [/\bstrawberry[- ]blond/, "#c9784a"],
  [/\bplatinum\b/, "#e8dfc8"],
  [/\bsalt[- ]and[- ]pepper\b/, "#8d8c8f"],
  [/\b(dark|deep) brown\b|\bbrunette\b|\bespresso\b/, "#3b2a20"],
  [/\bnavy\b|\bmidnight[- ]blue\b/, "#1f2f5a"],
  [/\b(jet|ink|coal|pitch)[- ]black\b|\braven\b|\bblack\b/, "#1d1817"],
  [/\bcharcoal\b|\bgraphite\b/, "#3a3a40"],
  [/\bauburn\b|\bchestnut\b|\bmahogany\b/, "#7c3519"],
  [/\bburgundy\b|\bmaroon\b|\boxblood\b|\bwine\b/, "#6d1a24"],
  [/\bginger\b|\bcopper\b|\bflame\b|\brusset\b|\brust\b|\bpaprika\b/, "#b5461f"],
  [/\bhoney\b|\bgolden\b|\bblond|\bflaxen\b|\bsandy\b|\bstraw\b/, "#d7b266"],
  [/\bsilver\b|\bgr[ae]y(ing)?\b|\bash\b|\bpewter\b|\bsteel\b/, "#a8a8ae"],
  [/\bcamel\b|\bkhaki\b|\btan\b|\bbeige\b|\btweed\b/, "#a88a5c"],
  [/\bbrown\b|\bcoffee\b|\bchocolate\b/, "#5b3a24"],
  [/\bwhite\b|\bsnow(y)?\b|\bivory\b/, "#e9e6df"],
  [/\bcream\b|\boff[- ]white\b/, "#efe4c8"],
  [/\bscarlet\b|\bcrimson\b|\bcherry\b|\bpillar[- ]box\b|\bred\b/, "#c0262d"],
  [/\bcoral\b|\bsalmon\b|\bpeach\b/, "#ef7b6a"],
  [/\bpink\b|\bmagenta\b|\bfuchsia\b|\brose\b/, "#e0719b"],
  [/\borange\b|\btangerine\b|\bpumpkin\b/, "#e2761f"],
  [/\bmustard\b|\bochre\b/, "#c9a227"],
  [/\bsunflower\b|\blemon\b|\bcanary\b|\byellow\b|\bgold\b/, "#eec12e"],
  [/\bmint\b|\bsage\b/, "#8fc7a5"],
  [/\bmoss\b|\bolive\b|\bforest\b|\bbottle[- ]green\b/, "#4f6b34"],
  [/\bteal\b|\bturquoise\b|\bcyan\b|\baqua\b/, "#2a9d8f"],
  [/\bgreen\b|\bemerald\b|\bjade\b/, "#3f8d5d"],
  [/\bdenim\b|\bcobalt\b|\bsky[- ]blue\b|\bblue\b|\bsapphire\b/, "#3563c4"],
  [/\blavender\b|\blilac\b/, "#a58bd0"],
  [/\bpurple\b|\bviolet\b|\bplum\b|\bamethyst\b/, "#6c3fa0"],
];

/** The first colour a phrase names, as #rrggbb; null when it names none. */
export function colourIn(phrase: string): string | null {
  return colourWords.find(([pattern]) => pattern.test(phrase))?.[1] ?? null;
}
