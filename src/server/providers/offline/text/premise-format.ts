/**
 * Splits "A stop-motion claymation heist comedy where a gang of zoo animals …" into the show's
 * format ("A stop-motion claymation heist comedy") and its story ("a gang of zoo animals …"), so
 * the format is never mistaken for the hero, the place or a sentence to quote.
 */
export interface PremiseFormat {
  /** The words that describe the show, or null when the premise starts with its story. */
  format: string | null;
  /** The story, starting with its first character or place. */
  story: string;
  /** The story opens with where it happens: "A workplace comedy set in the complaints …". */
  opensWithPlace: boolean;
}

/** Nouns that name a kind of show: the head of a format phrase. */
const formatHeads =
  /(series|show|comedy|sitcom|drama|dramedy|anime|cartoon|thriller|horror|romance|western|noir|neo-noir|parody|spoof|satire|saga|mockumentary|documentary|adventure|fantasy|mystery|procedural|miniseries|animation|claymation|musical|soap|tale|story|fable|epic|caper|farce|whodunit|sci-fi|opera|special|movie|film)$/i;

/** Who the show is for, allowed after the head: "a puppet show for kids about …". */
const audienceTail =
  /\s+for\s+(kids|children|young viewers|preschoolers|the whole family|toddlers|teens|adults|grown-ups)$/i;

/** Words that hand over from the format to the story. */
const handover =
  /^(.{1,90}?)\s+(about|where|in which|following|set in|set on|set at|set aboard|that follows|between|starring|of)\s+(.+)$/i;

/** A format phrase has no verbs: only determiners, modifiers and the head. */
const verbLike =
  /(?<![\p{L}-])(is|are|was|were|has|have|must|can|will|who|which|that|and|but)(?![\p{L}-])/iu;

export function splitFormat(text: string): PremiseFormat {
  const match = handover.exec(text);
  if (!match) {
    return { format: null, story: text, opensWithPlace: false };
  }
  const [, before, word, after] = match as unknown as [string, string, string, string];
  const phrase = before.replace(audienceTail, "");
  const words = phrase.split(/\s+/);
  const isFormat =
    /^(a|an|the)\b/i.test(phrase) &&
    formatHeads.test(phrase) &&
    words.length <= 9 &&
    !verbLike.test(phrase) &&
    // "A story of …" and "A tale of …" hand over with "of"; "a gang of zoo animals" does not.
    (word.toLowerCase() !== "of" || /(story|tale|saga|fable)$/i.test(phrase));
  if (!isFormat) {
    return { format: null, story: text, opensWithPlace: false };
  }
  return { format: before, story: after, opensWithPlace: /^set /i.test(word) };
}
