/** Small English helpers for the template writers. */

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Ends a fragment as a sentence: capital first letter, one closing mark. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return capitalize(/[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`);
}

/** Joins sentences, skipping empty ones. */
export function paragraph(...sentences: string[]): string {
  return sentences
    .filter((text) => text.trim().length > 0)
    .map(sentence)
    .join(" ");
}

const anExceptions = /^(hour|honou?r|honest|heir)/i;
const aExceptions = /^(uni|use|usu|eu|one|once|ubiq)/i;

/** "a" or "an" for the word that follows. */
export function indefinite(word: string): "a" | "an" {
  if (anExceptions.test(word)) {
    return "an";
  }
  if (aExceptions.test(word)) {
    return "a";
  }
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

export function withIndefinite(phrase: string): string {
  return `${indefinite(phrase)} ${phrase}`;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) {
    return items[0] ?? "";
  }
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

const smallWords = new Set([
  "a",
  "an",
  "de",
  "and",
  "as",
  "at",
  "but",
  "by",
  "for",
  "from",
  "in",
  "into",
  "nor",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
]);

/** Title Case that keeps short function words low, except at the edges. */
export function titleCase(text: string): string {
  const words = text.split(" ");
  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      const edge = index === 0 || index === words.length - 1;
      if (!edge && smallWords.has(lower)) {
        return lower;
      }
      // "Cul-de-Sac", "Will-o'-the-Wisp": small words stay low inside a hyphenated word too.
      return word
        .split("-")
        .map((part, partIndex) =>
          partIndex > 0 && smallWords.has(part.toLowerCase())
            ? part.toLowerCase()
            : capitalize(part),
        )
        .join("-");
    })
    .join(" ");
}

const irregularPlurals: Record<string, string> = {
  man: "men",
  woman: "women",
  child: "children",
  person: "people",
  wolf: "wolves",
  knife: "knives",
  life: "lives",
  wife: "wives",
  thief: "thieves",
  mouse: "mice",
  goose: "geese",
  tooth: "teeth",
  foot: "feet",
  witch: "witches",
  fish: "fish",
  sheep: "sheep",
};

export function singularize(noun: string): string {
  const lower = noun.toLowerCase();
  const irregular = Object.entries(irregularPlurals).find(([, plural]) => plural === lower);
  if (irregular) {
    return irregular[0];
  }
  if (/ies$/i.test(noun)) {
    return `${noun.slice(0, -3)}y`;
  }
  if (/(ss|x|z|ch|sh)es$/i.test(noun)) {
    return noun.slice(0, -2);
  }
  if (/[^s]s$/i.test(noun)) {
    return noun.slice(0, -1);
  }
  return noun;
}

/** The house style keeps the s after every name ("Silas's"); a plural noun takes only the mark. */
export function possessive(name: string): string {
  return /^(the|these|those)\s.+[^s']s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** The verb form that agrees with its subject: `agree(plural, "changes", "change")`. */
export function agree(plural: boolean, singular: string, pluralForm: string): string {
  return plural ? pluralForm : singular;
}
