import type { Dossier } from "../../../shows/documents";
import type { LineBeat } from "./vocabulary/script-beats";
import {
  kidsRegister,
  type Register,
  registerKeywords,
  registers,
  traitRegisters,
} from "./vocabulary/script-registers";

/**
 * A verbal habit from the dossier ("calls everyone 'pet'"), played once in the cold open so the
 * character is recognisable from a single scene. It lands on the character's line at the first of
 * `beats` (in order of preference) that they speak; `apply` rewrites that line (or leaves it and
 * only colours the delivery).
 */
export interface Habit {
  beats: readonly LineBeat[];
  apply: (line: string, other: { first: string; full: string } | null) => string;
  /** Added to the delivery note of the line the habit shapes. */
  direction?: string;
  /** Only on a line said to someone: a pet name needs a listener. */
  needsListener?: boolean;
}

export interface Voice {
  register: Register;
  habit: Habit | null;
}

const quoted = (pattern: string) => new RegExp(`${pattern}\\s+['‘"“]([^'’"”]{1,30})['’"”]`, "i");

/** "Shut the door." + "pet" → "Shut the door, pet." */
function withAddress(line: string, term: string): string {
  const match = /([.!?]+)$/.exec(line);
  const end = match?.[1] ?? ".";
  return `${line.slice(0, line.length - end.length)}, ${term}${end}`;
}

const proverbs = [
  "A dry net catches no fish.",
  "The kettle that watches the door never boils.",
  "You cannot fold a river.",
];

/** Habits the offline dossiers write, and the way language models tend to phrase them. */
function habitOf(voice: string): Habit | null {
  const address = quoted("calls (?:everyone|everybody|people|them all)").exec(voice);
  if (address) {
    return {
      beats: ["greet", "press", "respond", "deflect", "notice"],
      apply: (line) => withAddress(line, address[1]!),
      needsListener: true,
    };
  }
  const opener = quoted("says").exec(voice);
  if (opener && /\bbefore\b/i.test(voice)) {
    const word = opener[1]!.replace(/[.!?,]+$/, "");
    return {
      beats: ["resolve", "turn", "button"],
      apply: (line) => `${capitalizeFirst(word)}. ${line}`,
    };
  }
  const trail = quoted("starts with").exec(voice);
  if (trail && /never finish/i.test(voice)) {
    const word = trail[1]!.replace(/[.!?]+$/, "").replace(/,?$/, ",");
    return {
      beats: ["deflect", "respond", "admit"],
      apply: () => `${capitalizeFirst(word)} I just...`,
    };
  }
  const rules: readonly [RegExp, Habit][] = [
    [
      /questions with questions/i,
      { beats: ["deflect"], apply: () => "Why would you ask me that?" },
    ],
    [/counts?\b.*\bbreath/i, { beats: ["turn", "notice"], apply: () => "One. Two. Three. Four." }],
    [
      /narrates/i,
      {
        beats: ["resolve", "notice"],
        apply: () => "Picking up the torch. Walking to the door. Walking very slowly.",
      },
    ],
    [
      /proverb/i,
      {
        beats: ["button", "resolve", "respond"],
        apply: (line) => proverbs[line.length % proverbs.length]!,
      },
    ],
    [
      /almanac/i,
      {
        beats: ["admit", "notice"],
        apply: () =>
          "The almanac says a ring round the moon means trouble by morning. There's a ring round the moon.",
      },
    ],
    [
      /full names?/i,
      {
        beats: ["press", "respond", "turn"],
        apply: (line, other) => `${other?.full}. ${line}`,
        needsListener: true,
      },
    ],
    [/apologi[sz]es to/i, { beats: ["turn"], apply: () => "Sorry! Sorry, table." }],
    [/swears/i, { beats: ["turn", "button"], apply: () => "Blast it. Zut alors. Blast it twice." }],
    [
      /laughs?\b/i,
      {
        beats: ["respond", "deflect", "greet", "notice"],
        apply: (line) => line,
        direction: "laughing a beat too early",
      },
    ],
    [
      /humm?(ing|s)\b/i,
      {
        beats: ["notice", "greet", "deflect"],
        apply: (line) => line,
        direction: "humming between words",
      },
    ],
  ];
  return rules.find(([pattern]) => pattern.test(voice))?.[1] ?? null;
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The earliest register keyword in the text, by position; null when none is there. */
function registerIn(text: string): Register | null {
  let best: { register: Register; at: number } | null = null;
  for (const register of registers) {
    for (const keyword of registerKeywords[register]) {
      const at = text.search(new RegExp(`\\b${keyword}`, "i"));
      if (at >= 0 && (!best || at < best.at)) {
        best = { register, at };
      }
    }
  }
  return best?.register ?? null;
}

/**
 * How a character talks, from the dossier's voice (its first clause is how they sound, the rest
 * their habit), then their personality; `fallback` is used when neither names a register.
 */
export function voiceOf(dossier: Dossier | null, fallback: Register, forKids: boolean): Voice {
  const voice = dossier?.voice ?? "";
  const [quality = "", ...rest] = voice.split(/;|\bbut\b/);
  const fromTraits = (dossier?.personality ?? [])
    .map((trait) => traitRegisters[trait.toLowerCase()])
    .find((register) => register !== undefined);
  const register = registerIn(quality) ?? registerIn(voice) ?? fromTraits ?? fallback;
  return {
    register: (forKids ? kidsRegister[register] : undefined) ?? register,
    habit: habitOf(rest.join(";") || voice),
  };
}
