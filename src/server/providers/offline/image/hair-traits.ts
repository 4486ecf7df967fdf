import { colourIn } from "./colour-words";

/** How a character's hair is cut, as far as a drawn avatar can tell styles apart. */
export type HairStyle =
  | "bald"
  | "balding"
  | "short"
  | "curlyShort"
  | "shavedSides"
  | "mohawk"
  | "bun"
  | "twinBuns"
  | "braids"
  | "locs"
  | "ponytail"
  | "afro"
  | "curlyLong"
  | "bob"
  | "fringe"
  | "shaggy"
  | "mullet"
  | "long"
  | "wavyLong";

export type HairLength = "none" | "short" | "medium" | "long";

export const lengthOfStyle: Record<HairStyle, HairLength> = {
  bald: "none",
  balding: "short",
  short: "short",
  curlyShort: "short",
  shavedSides: "medium",
  mohawk: "short",
  bun: "medium",
  twinBuns: "medium",
  braids: "long",
  locs: "long",
  ponytail: "long",
  afro: "medium",
  curlyLong: "long",
  bob: "medium",
  fringe: "medium",
  shaggy: "short",
  mullet: "medium",
  long: "long",
  wavyLong: "long",
};

/**
 * Styles by the words that name them, most specific first: "shaved at the sides" before
 * "shaved head", "two buns" before "bun", a mohawk before the "shaved" it comes with.
 */
const styleWords: [HairStyle, RegExp][] = [
  ["mohawk", /mohawk|mohican|faux[- ]?hawk/],
  [
    "shavedSides",
    /shaved (at|on|down|up) the sides?|shaved sides|sides? shaved|undercut|side[- ]?shave|half[- ]shaved/,
  ],
  ["bald", /\bbald\b|shaved head|shaven head|shaved scalp|hairless|clean[- ]shaven (head|scalp)/],
  ["balding", /balding|receding|thinning|comb[- ]?over/],
  ["twinBuns", /(two|twin|space|double) (buns|puffs)|bunches|pigtails|bantu knots|in two puffs/],
  ["bun", /\bbun\b|top[- ]?knot|chignon|\bupdo\b/],
  ["locs", /dreadlocks|dreads\b|\blocs\b|sisterlocks/],
  ["braids", /braid|plait|cornrow/],
  ["ponytail", /pony[- ]?tail|tied back|pulled back|scraped back/],
  ["afro", /\bafro\b|high[- ]top/],
  ["mullet", /mullet/],
  ["fringe", /\bfringe\b|\bbangs\b|bowl[- ]cut|pageboy/],
  ["bob", /\bbob\b|chin[- ]length|jaw[- ]length/],
];

/** Untidy hair, unless the words also say curls: "a tangle of auburn curls" is curly. */
const shaggy = /shaggy|\bmop\b|messy|tousled|sticking up|unruly|tangle|cowlick|spiky|spiked/;

const curly = /curl|curly|ringlet|coil|frizz|kink/;
const wavy = /wav(e|y)/;
const long =
  /\blong\b|flowing|waist[- ]length|shoulder[- ]length|down (her|his|their) back|to the waist/;
const short =
  /\bshort\b|cropped|close[- ]cut|buzz|crew[- ]cut|clipped|shorn|slicked|swept back|side[- ]part/;

/** Nouns that mean the hair itself, so a colour or cut is read next to them only. */
const hairNoun =
  /(hair|curls|braids?|plaits?|locks|locs|mane|ponytail|dreadlocks|dreads|afro|bun|buns|bunches|puffs|bob|fringe|mop|crop|mohawk|mullet|ringlets|cornrows)\b/;

/**
 * The hair named in `appearance`: its style, or null when it says nothing of the cut. Only the
 * words around a hair noun count, so "a long coat" is not long hair.
 */
export function hairStyleOf(appearance: string): HairStyle | null {
  const named = styleWords.find(([, pattern]) => pattern.test(appearance))?.[0];
  if (named) {
    return named;
  }
  const phrase = hairPhrase(appearance);
  if (!phrase) {
    return null;
  }
  if (curly.test(phrase)) {
    return long.test(phrase) ? "curlyLong" : short.test(phrase) ? "curlyShort" : "curlyLong";
  }
  if (long.test(phrase)) {
    return wavy.test(phrase) ? "wavyLong" : "long";
  }
  if (shaggy.test(appearance)) {
    return "shaggy";
  }
  if (short.test(phrase)) {
    return "short";
  }
  return wavy.test(phrase) ? "wavyLong" : null;
}

/** #rrggbb of the colour named just before the hair ("platinum hair", "copper curls"). */
export function hairColourOf(appearance: string): string | null {
  const before = colourBefore(appearance, hairNoun);
  if (before) {
    return before;
  }
  // "an afro flecked with grey", "hair gone white": a colour just after the noun.
  const after =
    /(?:hair|afro|curls|braids?|bob)\b[^.;,]{0,24}?\b(?:flecked|streaked|gone|turned|going|shot through)(?: with)? ([a-z-]+)/.exec(
      appearance,
    );
  return after?.[1] ? colourIn(after[1]) : null;
}

/** #rrggbb of the colour named just before `noun`, e.g. a beard's. */
export function colourBefore(text: string, noun: RegExp): string | null {
  const phrase = new RegExp(`((?:[a-z-]+,? ){0,3})${noun.source}`).exec(text)?.[1];
  if (!phrase) {
    return null;
  }
  // Only the words after another feature count: "grey eyes and brown hair" is brown.
  const words = phrase.trim().split(/,? /);
  const start = words.findLastIndex((word) => otherFeatures.test(word)) + 1;
  return colourIn(words.slice(start).join(" "));
}

const otherFeatures = /^(eyes?|skin|face|complexion|coat|jacket|dress|shirt|and|with|but)$/;

/**
 * The words around the first hair noun: up to four before it and three after, within its
 * clause ("close-cropped silver hair", "salt-and-pepper hair swept back").
 */
function hairPhrase(appearance: string): string | null {
  const match = new RegExp(`((?:[a-z-]+,? ){0,4})${hairNoun.source}((?: [a-z-]+){0,3})`).exec(
    appearance,
  );
  return match ? match[0] : null;
}
