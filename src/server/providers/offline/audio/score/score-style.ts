import { moodWords } from "./mood-lexicon";

/**
 * A score's style: the arrangement a genre calls for (which bass line, which pulse), chosen from
 * the genre, tone and mood words. The mood dials then tune it (key, tempo, brightness).
 */
export const scoreStyles = [
  "horror",
  "thriller",
  "noir",
  "kids",
  "comedy",
  "mystery",
  "romance",
  "epic",
  "drama",
] as const;
export type ScoreStyle = (typeof scoreStyles)[number];

/** How the bass moves: a held root, a drone, driving eighths, oom-pah, or a walking line. */
export type BassPattern = "sustain" | "drone" | "eighths" | "rootFifth" | "walking";

/** The rhythmic stem: plucked arpeggio, bells, off-beat stabs, a muted ostinato, brushes, a heartbeat. */
export type PulsePattern = "arpeggio" | "bells" | "offbeat" | "ostinato" | "brushes" | "heartbeat";

/** Levels are each stem's target RMS in dBFS before the mix is brought to its final level. */
export interface StyleSound {
  baseTempo: number;
  /** Pad low-pass cutoff before the brightness dial moves it. */
  cutoffHz: number;
  /** Spread of the pad's two detuned oscillators, in cents each way. */
  detuneCents: number;
  /** Triads, or seventh chords for the jazzier and softer styles. */
  chordSize: 3 | 4;
  bass: BassPattern;
  pulse: PulsePattern;
  /** Pulse notes per beat before the tempo check (1 quarter, 2 eighths, 4 sixteenths). */
  pulseDivision: 1 | 2 | 4;
  /** Delay of every second subdivision, as a fraction of it: 0 straight, ~0.2 a lilt. */
  swing: number;
  /** A soft kick on the beats under the pulse. */
  kick: boolean;
  levels: { pad: number; bass: number; pulse: number };
}

export const styleSounds: Record<ScoreStyle, StyleSound> = {
  horror: {
    baseTempo: 58,
    cutoffHz: 800,
    detuneCents: 22,
    chordSize: 3,
    bass: "drone",
    pulse: "heartbeat",
    pulseDivision: 1,
    swing: 0,
    kick: false,
    levels: { pad: -18, bass: -22, pulse: -23 },
  },
  thriller: {
    baseTempo: 116,
    cutoffHz: 1300,
    detuneCents: 9,
    chordSize: 3,
    bass: "eighths",
    pulse: "ostinato",
    pulseDivision: 4,
    swing: 0,
    kick: true,
    levels: { pad: -23, bass: -20, pulse: -21 },
  },
  noir: {
    baseTempo: 72,
    cutoffHz: 750,
    detuneCents: 6,
    chordSize: 4,
    bass: "walking",
    pulse: "brushes",
    pulseDivision: 2,
    swing: 0.22,
    kick: false,
    levels: { pad: -21, bass: -20, pulse: -29 },
  },
  mystery: {
    baseTempo: 80,
    cutoffHz: 1100,
    detuneCents: 8,
    chordSize: 4,
    bass: "sustain",
    pulse: "arpeggio",
    pulseDivision: 1,
    swing: 0,
    kick: false,
    levels: { pad: -20, bass: -23, pulse: -24 },
  },
  kids: {
    baseTempo: 108,
    cutoffHz: 3600,
    detuneCents: 5,
    chordSize: 3,
    bass: "rootFifth",
    pulse: "bells",
    pulseDivision: 2,
    swing: 0.1,
    kick: false,
    levels: { pad: -24, bass: -22, pulse: -20 },
  },
  comedy: {
    baseTempo: 112,
    cutoffHz: 2800,
    detuneCents: 6,
    chordSize: 3,
    bass: "rootFifth",
    pulse: "offbeat",
    pulseDivision: 2,
    swing: 0.18,
    kick: true,
    levels: { pad: -25, bass: -20, pulse: -21 },
  },
  romance: {
    baseTempo: 72,
    cutoffHz: 1600,
    detuneCents: 7,
    chordSize: 4,
    bass: "sustain",
    pulse: "arpeggio",
    pulseDivision: 2,
    swing: 0,
    kick: false,
    levels: { pad: -20, bass: -23, pulse: -23 },
  },
  epic: {
    baseTempo: 112,
    cutoffHz: 2200,
    detuneCents: 10,
    chordSize: 3,
    bass: "eighths",
    pulse: "arpeggio",
    pulseDivision: 4,
    swing: 0,
    kick: true,
    levels: { pad: -20, bass: -21, pulse: -22 },
  },
  drama: {
    baseTempo: 84,
    cutoffHz: 1500,
    detuneCents: 8,
    chordSize: 3,
    bass: "sustain",
    pulse: "arpeggio",
    pulseDivision: 2,
    swing: 0,
    kick: false,
    levels: { pad: -20, bass: -22, pulse: -24 },
  },
};

/** Word stems that call for each style (drama is what is left when none does). */
const styleStems: Record<Exclude<ScoreStyle, "drama">, readonly string[]> = {
  horror: [
    "horror",
    "dread",
    "terror",
    "nightmare",
    "haunt",
    "ghost",
    "occult",
    "macabre",
    "creep",
    "monster",
    "eerie",
    "uncanny",
    "gothic",
    "lovecraft",
  ],
  thriller: [
    "thriller",
    "suspense",
    "tense",
    "tension",
    "paranoi",
    "conspira",
    "spy",
    "espionage",
    "heist",
    "chase",
    "manhunt",
    "urgent",
    "puls",
    "kidnap",
  ],
  noir: ["noir", "hardboiled", "smok", "jazz", "rain-slick", "cynic", "femme"],
  mystery: ["myster", "enigma", "whodunit", "detective", "investigat", "puzzl", "secret"],
  kids: ["kid", "children", "child", "family", "preschool", "toddler", "cartoon", "nursery"],
  comedy: [
    "comedy",
    "comic",
    "funny",
    "sitcom",
    "farce",
    "slapstick",
    "satir",
    "silly",
    "zany",
    "goofy",
    "quirky",
    "bouncy",
    "playful",
    "whimsi",
    "absurd",
    "witty",
  ],
  romance: ["romance", "romantic", "love", "tender", "heartfelt", "intimate"],
  epic: [
    "epic",
    "heroic",
    "adventur",
    "triumph",
    "quest",
    "battle",
    "warfare",
    "action",
    "sweeping",
  ],
};

function countMatches(text: string, stems: readonly string[]): number {
  return moodWords(text).filter((word) =>
    stems.some(
      (stem) => word.startsWith(stem) || word.split("-").some((part) => part.startsWith(stem)),
    ),
  ).length;
}

/**
 * The style whose words weigh most: a genre word counts 3, a tone word 2, a mood word 1, so
 * "Family comedy" is kids or comedy however the episode's moods lean. Ties go to the earlier
 * style in `scoreStyles` (the more distinctive sound: a family comedy mystery plays as kids). No match at all is drama.
 */
export function detectStyle(genre: string, tone: string, mood: readonly string[]): ScoreStyle {
  let best: ScoreStyle = "drama";
  let bestScore = 0;
  for (const style of scoreStyles) {
    if (style === "drama") {
      continue;
    }
    const stems = styleStems[style];
    const score =
      3 * countMatches(genre, stems) +
      2 * countMatches(tone, stems) +
      mood.reduce((sum, word) => sum + countMatches(word, stems), 0);
    if (score > bestScore) {
      best = style;
      bestScore = score;
    }
  }
  return best;
}
