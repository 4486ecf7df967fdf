/**
 * Mood words as numbers. A word moves four dials, each −1..1: valence (sad … happy → minor …
 * major), energy (still … driving → tempo, density), brightness (muted … bright → filter, register)
 * and tension (at ease … dread → mode darkness, dissonance). Words match by stem, so
 * "melancholic" and "melancholy" both hit "melanchol".
 */

export interface MoodProfile {
  valence: number;
  energy: number;
  brightness: number;
  tension: number;
}

type Dials = readonly [valence: number, energy: number, brightness: number, tension: number];

// First match wins: the specific stems come before the short ones that would swallow them
// ("kidnap" before "kid", "rainbow" before "rain", "funeral" before "fun").
const lexicon: readonly (readonly [stems: readonly string[], dials: Dials])[] = [
  [
    [
      "dread",
      "terror",
      "horror",
      "nightmare",
      "sinister",
      "menac",
      "creep",
      "monster",
      "lovecraft",
      "murder",
    ],
    [-0.8, -0.2, -0.5, 1],
  ],
  [
    ["tense", "tension", "suspense", "thriller", "paranoi", "conspira", "spy", "kidnap"],
    [-0.4, 0.6, -0.1, 0.9],
  ],
  [
    ["eerie", "uncanny", "haunt", "ghost", "occult", "gothic", "macabre"],
    [-0.5, -0.4, -0.3, 0.8],
  ],
  [
    ["bright", "sunny", "sunlit", "colorful", "colourful", "vivid", "sparkl", "rainbow"],
    [0.7, 0.3, 0.9, -0.4],
  ],
  [
    ["melanchol", "sad", "grief", "griev", "mourn", "sorrow", "elegi", "tragic", "funer"],
    [-0.8, -0.5, -0.4, 0.1],
  ],
  [
    ["lonel", "somber", "sombre", "wistful", "nostalg", "bittersweet", "regret"],
    [-0.5, -0.5, -0.3, 0],
  ],
  [
    ["bleak", "grim", "dark", "brood", "gritty", "cynic", "cold"],
    [-0.6, -0.1, -0.6, 0.3],
  ],
  [
    ["noir", "smok", "rain", "shadow", "hardboiled", "lamplit"],
    [-0.5, -0.4, -0.6, 0.3],
  ],
  [
    ["mist", "fog", "hush", "quiet", "still", "salt"],
    [0, -0.5, -0.3, 0.1],
  ],
  [
    ["urgent", "frantic", "chase", "puls", "driving", "kinetic", "action", "fast", "heist"],
    [0, 0.9, 0.2, 0.4],
  ],
  [
    ["myster", "enigma", "secret", "whodunit", "puzzl", "investigat", "detective"],
    [-0.2, -0.1, -0.2, 0.5],
  ],
  [
    ["calm", "serene", "gentle", "peace", "tranquil", "soft", "cozy", "cosy"],
    [0.3, -0.7, 0, -0.5],
  ],
  [
    ["tender", "warm", "intimate", "heartfelt"],
    [0.4, -0.4, 0.1, -0.3],
  ],
  [
    ["romance", "romantic", "love"],
    [0.6, -0.2, 0.2, -0.3],
  ],
  [
    ["dream", "float", "ethereal"],
    [0.2, -0.5, 0.2, 0],
  ],
  [
    ["hope", "uplift", "inspir", "heal"],
    [0.7, 0.2, 0.5, -0.3],
  ],
  [
    ["cheer", "happy", "joy", "delight", "merry", "jolly", "fun"],
    [0.9, 0.5, 0.6, -0.5],
  ],
  [
    ["comedy", "comic", "funny", "sitcom", "farce", "slapstick", "satir", "witty"],
    [0.8, 0.6, 0.5, -0.3],
  ],
  [
    ["playful", "whimsi", "quirky", "silly", "goofy", "zany", "bouncy", "upbeat", "absurd"],
    [0.8, 0.6, 0.5, -0.3],
  ],
  [
    ["kid", "children", "child", "family", "cartoon", "preschool", "toddler"],
    [0.8, 0.4, 0.8, -0.5],
  ],
  [
    ["epic", "heroic", "triumph", "adventur", "sweeping", "grand", "quest", "battle"],
    [0.4, 0.7, 0.4, 0.2],
  ],
  [
    ["energetic", "lively", "vibrant", "wild", "frenetic"],
    [0.5, 0.8, 0.5, 0],
  ],
  [
    ["slow", "languid", "lazy", "sleepy", "meditat"],
    [0, -0.7, -0.1, 0],
  ],
  [
    ["neon", "cyber", "futur", "sci-fi", "scifi", "synth"],
    [0, 0.3, 0.5, 0.3],
  ],
];

/** Lower-case words; hyphenated words stay whole ("sci-fi", "rain-slick"). */
export function moodWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [];
}

/** The dials of one stem match, or null when the lexicon does not know the word. */
function dialsOf(word: string): Dials | null {
  for (const [stems, dials] of lexicon) {
    if (stems.some((stem) => word.startsWith(stem))) {
      return dials;
    }
  }
  return null;
}

/** A word's dials: the whole word if known ("sci-fi"), else each known part ("rain-slick"). */
function wordDials(word: string): Dials[] {
  const whole = dialsOf(word);
  if (whole !== null) {
    return [whole];
  }
  if (!word.includes("-")) {
    return [];
  }
  return word
    .split("-")
    .map(dialsOf)
    .filter((dials): dials is Dials => dials !== null);
}

/** A weighted phrase: genre and tone weigh more than one mood word among many. */
export interface WeightedText {
  text: string;
  weight: number;
}

/**
 * The average of the known words' dials, weighted. Unknown words are ignored rather than
 * counted as neutral, so one strong word is not drowned by filler; no known word at all is the
 * neutral centre (a calm drama bed).
 */
export function moodProfile(texts: readonly WeightedText[]): MoodProfile {
  const sum = [0, 0, 0, 0];
  let total = 0;
  for (const { text, weight } of texts) {
    for (const dials of moodWords(text).flatMap(wordDials)) {
      for (let dial = 0; dial < 4; dial++) {
        sum[dial]! += dials[dial]! * weight;
      }
      total += weight;
    }
  }
  const mean = (dial: number) => (total === 0 ? 0 : clampUnit(sum[dial]! / total));
  return { valence: mean(0), energy: mean(1), brightness: mean(2), tension: mean(3) };
}

function clampUnit(value: number): number {
  return Math.max(-1, Math.min(1, value));
}
