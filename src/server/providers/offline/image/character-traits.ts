import type { Dossier } from "../../../shows/documents";

/** What the offline art can show of a character, read from the dossier's free text. */
export interface CharacterTraits {
  /** #rrggbb when the dossier names a hair colour. */
  hairColor: string | null;
  /** 0 (palest) to 1 (deepest) when the dossier describes skin; null leaves it to the seed. */
  skinTone: number | null;
  glasses: boolean;
  beard: boolean;
  bald: boolean;
}

// Most specific first: "dark brown" must win over "brown", "strawberry blonde" over "blonde".
const hairColors: [RegExp, string][] = [
  [/strawberry[- ]blond/, "#c9784a"],
  [/platinum/, "#e8dfc8"],
  [/(dark|deep) brown|brunette|espresso/, "#3b2a20"],
  [/jet[- ]black|raven|ink[- ]black|black/, "#1d1817"],
  [/auburn|chestnut|mahogany/, "#7c3519"],
  [/ginger|copper|red(dish)?[- ]hair|flame|russet/, "#b5461f"],
  [/honey|golden|blond|flaxen|sandy/, "#d7b266"],
  [/silver|grey|gray|salt[- ]and[- ]pepper|ash/, "#a8a8ae"],
  [/brown/, "#5b3a24"],
  [/white/, "#e9e6df"],
  [/blue/, "#4470d8"],
  [/pink/, "#e0719b"],
  [/purple|violet|lilac|lavender/, "#7d4fc4"],
  [/teal|turquoise|cyan/, "#2a9d8f"],
  [/green/, "#3f8d5d"],
];

// Deepest first, so "deep brown skin" is not read as the "brown skin" it contains.
const skinTones: [RegExp, number][] = [
  [/dark[- ]skin|deep[- ]brown|ebony|dark complexion|umber/, 0.9],
  [/golden[- ]brown|medium[- ]brown|warm brown|brown[- ]skin/, 0.65],
  [/olive|tan(ned)?\b|sun[- ]?kissed|bronzed/, 0.45],
  [/freckl|rosy|light[- ]skin/, 0.2],
  [/porcelain|pale|fair|pallid|alabaster/, 0.05],
];

/** Reads hair, skin, glasses and facial hair from the dossier's appearance and wardrobe. */
export function readTraits(dossier: Pick<Dossier, "appearance" | "wardrobe">): CharacterTraits {
  const appearance = dossier.appearance.toLowerCase();
  const everything = `${appearance} ${dossier.wardrobe.toLowerCase()}`;
  return {
    hairColor: hairColorOf(appearance),
    skinTone: skinTones.find(([pattern]) => pattern.test(appearance))?.[1] ?? null,
    glasses: /glasses|spectacles|monocle|goggles|pince-nez/.test(everything),
    beard: /beard|stubble|moustache|mustache|goatee|whiskers/.test(appearance),
    bald: /\bbald|shaved head|shaven head/.test(appearance),
  };
}

const hairWords =
  /((?:[a-z-]+,? ){1,2})(?:hair|curls|braids|locks|mane|ponytail|dreadlocks|afro|bun)\b/;

/**
 * Colour words count only just before the hair itself, so "a black coat" or "grey eyes and
 * brown hair" do not give the wrong colour.
 */
function hairColorOf(appearance: string): string | null {
  const phrase = hairWords.exec(appearance)?.[1];
  if (!phrase) {
    return null;
  }
  return hairColors.find(([pattern]) => pattern.test(phrase))?.[1] ?? null;
}
