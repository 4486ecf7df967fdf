import type { Blueprint, Dossier } from "../../shows/documents";
import type { VoiceOption, VoiceSpec } from "../types";
import { accentIn, readVoiceTraits, type VoiceTraits } from "./dossier-traits";
import { castableVoices } from "./voice-catalog";
import { voicePitchRange, voiceRateRange } from "./voice-spec-schema";
import type { AccentId, AgeBand, CatalogVoice } from "./voice-traits";

/**
 * Casting: a voice for each character from their dossier, and one for the narrator. Pure and
 * deterministic — the same dossier at the same place in the cast always gets the same voice, so a
 * line re-voiced tomorrow sounds like today's.
 *
 * Distinct across a cast, by construction: a cast member's pitch ends in the digit of their place
 * in the cast (0–9), and their rate is a multiple of 5 wpm that also carries the tens of it, so no
 * two characters of a show share voice id, pitch and rate. The narrator's rate is never a multiple
 * of 5, so it differs from every character's. Same-sounding characters are spread over different
 * voices by their place in the cast, and away from voices `taken` by characters already cast.
 */

/** eSpeak pitch steps by age: a child's voice sits well above an adult's, an elder's below. */
const agePitch: Record<AgeBand, number> = { child: 22, teen: 8, adult: 0, elder: -6 };
const ageRate: Record<AgeBand, number> = { child: 1.06, teen: 1.04, adult: 1, elder: 0.9 };

/** Casting keeps speech within what sounds like talking, inside the schema's wider range. */
const castRate = { min: 135, max: 225 } as const;
const baseRate = 172;

/** Where an accent eSpeak lacks is closest to one it has. */
const nearestAccent: Partial<Record<AccentId, AccentId>> = {
  irish: "british",
  australian: "british",
  "southern-us": "american",
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function accentWanted(traits: VoiceTraits, catalog: readonly CatalogVoice[]): AccentId | undefined {
  const offered = new Set(catalog.map((voice) => voice.accent));
  if (offered.size <= 1) {
    // Paid voices take their accent from the notes, not from the voice.
    return undefined;
  }
  for (const accent of [traits.accent, nearestAccent[traits.accent], "american" as const]) {
    if (accent && offered.has(accent)) {
      return accent;
    }
  }
  return undefined;
}

/** How well a voice fits: sex first, then age, accent, colour. */
function fitScore(voice: CatalogVoice, traits: VoiceTraits, accent: AccentId | undefined): number {
  let score = 0;
  if (traits.presentation === "neutral") {
    score += voice.presentation === "neutral" ? 3 : 1;
  } else if (voice.presentation === traits.presentation) {
    score += 6;
  } else {
    score += voice.presentation === "neutral" ? 1 : -6;
  }
  score += voice.ages.includes(traits.age) ? 3 : -3;
  if (accent && voice.accent === accent) {
    score += 5;
  }
  score += voice.timbre.filter((colour) => traits.timbre.includes(colour)).length;
  return score;
}

/** The best-fitting voices (within a point of the best), spread by `spread`, untaken first. */
function pick(
  catalog: readonly CatalogVoice[],
  traits: VoiceTraits,
  spread: number,
  taken: ReadonlySet<string>,
): CatalogVoice {
  if (catalog.length === 0) {
    throw new Error("This provider offers no voices to cast from");
  }
  const accent = accentWanted(traits, catalog);
  const scored = catalog.map((voice) => ({ voice, score: fitScore(voice, traits, accent) }));
  const best = Math.max(...scored.map((entry) => entry.score));
  const tier = scored.filter((entry) => entry.score >= best - 1).map((entry) => entry.voice);
  const fresh = tier.filter((voice) => !taken.has(voice.voiceId));
  const choices = fresh.length > 0 ? fresh : tier;
  return choices[spread % choices.length]!;
}

/** The age shift, unless the voice itself is made for that age (a child variant, a grandpa). */
function agePitchFor(voice: CatalogVoice, age: AgeBand): number {
  const native = voice.ages[0] === age || (age === "teen" && voice.ages[0] === "child");
  return native ? 0 : agePitch[age];
}

/** Meeting in the middle: they/them on a gendered voice moves toward the other. */
function presentationPitch(voice: CatalogVoice, traits: VoiceTraits): number {
  if (traits.presentation !== "neutral") {
    return 0;
  }
  return voice.presentation === "masculine" ? 8 : voice.presentation === "feminine" ? -8 : 0;
}

const personWords: Record<VoiceTraits["presentation"], Record<AgeBand, string>> = {
  feminine: { child: "Girl", teen: "Teenage girl", adult: "Woman", elder: "Older woman" },
  masculine: { child: "Boy", teen: "Teenage boy", adult: "Man", elder: "Older man" },
  neutral: { child: "Child", teen: "Teenager", adult: "Adult", elder: "Older person" },
};

const accentPhrases: Record<AccentId, string> = {
  neutral: "",
  american: "American accent",
  british: "British accent",
  received: "received-pronunciation British accent",
  scottish: "Scottish accent",
  "northern-english": "northern English accent",
  midlands: "English Midlands accent",
  caribbean: "Caribbean accent",
  "new-york": "New York accent",
  "southern-us": "American Southern drawl",
  irish: "Irish accent",
  french: "French accent",
  german: "German accent",
  italian: "Italian accent",
  spanish: "Spanish accent",
  russian: "Russian accent",
  indian: "Indian English accent",
  australian: "Australian accent",
};

/** Standing notes for the actor: who, which accent, and the dossier's own voice sentence. */
function notesFor(traits: VoiceTraits, dossier: Dossier | null): string {
  const who = personWords[traits.presentation][traits.age];
  const parts = [
    traits.years === undefined ? who : `${who}, about ${traits.years}`,
    accentPhrases[traits.accent],
    dossier?.voice.trim().replace(/\.$/, "") ?? "",
  ];
  return parts
    .filter((part) => part.length > 0)
    .join("; ")
    .slice(0, 600);
}

export interface ChooseVoiceOptions {
  /** Voices already given to other characters of the show: used again only when nothing else fits. */
  taken?: readonly VoiceSpec[];
}

/**
 * A voice for the character at `castIndex` (their place in the show's cast) on `providerId`'s
 * voices, or on `voices` when given (a provider's `voices()`). A missing dossier casts a neutral
 * adult.
 */
export function chooseVoice(
  providerId: string,
  dossier: Dossier | null,
  castIndex: number,
  voices?: readonly VoiceOption[],
  options: ChooseVoiceOptions = {},
): VoiceSpec {
  const traits = readVoiceTraits(dossier);
  const index = Math.max(0, Math.floor(castIndex));
  const taken = new Set(options.taken?.map((voice) => voice.voiceId));
  const voice = pick(castableVoices(providerId, voices), traits, index, taken);
  const wantedPitch = clamp(
    50 + traits.pitchDelta + agePitchFor(voice, traits.age) + presentationPitch(voice, traits),
    voicePitchRange.min,
    voicePitchRange.max,
  );
  // The last digit is the cast place: two characters never share a pitch.
  const pitch = Math.floor(wantedPitch / 10) * 10 + (index % 10);
  const wantedRate = baseRate * traits.rateFactor * ageRate[traits.age];
  const rate = clamp(
    Math.round(clamp(wantedRate, castRate.min, castRate.max) / 5) * 5 + 5 * Math.floor(index / 10),
    voiceRateRange.min,
    voiceRateRange.max,
  );
  return { voiceId: voice.voiceId, pitch, rate, notes: notesFor(traits, dossier) };
}

interface NarratorStyle {
  pattern: RegExp;
  traits: Partial<VoiceTraits>;
  notes: string;
}

const narratorStyles: readonly NarratorStyle[] = [
  {
    pattern: /\b(kids?|children'?s|family|preschool|cartoon|whimsical|cosy|cozy|fairy|storybook)\b/,
    traits: {
      presentation: "feminine",
      timbre: ["warm", "bright"],
      pitchDelta: 4,
      rateFactor: 0.95,
    },
    notes: "Narrator: warm and playful, a storyteller at bedtime",
  },
  {
    pattern: /\b(noir|thriller|horror|crime|gothic|dark|brooding|sinister|menac\w*|dread)\b/,
    traits: {
      presentation: "masculine",
      timbre: ["deep", "rough"],
      pitchDelta: -8,
      rateFactor: 0.9,
    },
    notes: "Narrator: low, unhurried, a little ominous",
  },
  {
    pattern: /\b(comedy|sitcom|farce|satire|caper|parody|absurd\w*)\b/,
    traits: { presentation: "masculine", timbre: ["bright"], pitchDelta: 2, rateFactor: 1.05 },
    notes: "Narrator: brisk and wry, in on the joke",
  },
  {
    pattern: /\b(documentary|historical|period|costume|prestige|epic|saga)\b/,
    traits: {
      presentation: "masculine",
      timbre: ["warm", "smooth"],
      pitchDelta: -2,
      rateFactor: 0.92,
    },
    notes: "Narrator: measured and warm, documentary gravitas",
  },
];

/**
 * The show's narrator: a voice that suits its genre and tone (a low voice for noir, a warm one for
 * a kids' show), with the accent of its setting where the provider has it.
 */
export function narratorVoice(
  providerId: string,
  blueprint: Blueprint,
  voices?: readonly VoiceOption[],
): VoiceSpec {
  const words = ` ${[blueprint.genre, blueprint.tone, ...blueprint.moodKeywords].join(" ").toLowerCase()} `;
  const style = narratorStyles.find((candidate) => candidate.pattern.test(words));
  const traits: VoiceTraits = {
    presentation: "neutral",
    age: "adult",
    years: undefined,
    accent: accentIn(blueprint.setting),
    timbre: ["warm"],
    pitchDelta: 0,
    rateFactor: 0.93,
    ...style?.traits,
  };
  const voice = pick(castableVoices(providerId, voices), traits, 0, new Set());
  const pitch = clamp(
    50 + traits.pitchDelta + presentationPitch(voice, traits),
    voicePitchRange.min,
    voicePitchRange.max,
  );
  // Never a multiple of 5: no character's rate, so the narrator never doubles a character.
  const rate =
    Math.round(clamp(baseRate * traits.rateFactor, castRate.min, castRate.max) / 5) * 5 + 2;
  const accent = accentPhrases[traits.accent];
  const notes = [style?.notes ?? "Narrator: clear and warm, unhurried", accent]
    .filter((part) => part.length > 0)
    .join("; ");
  return { voiceId: voice.voiceId, pitch, rate, notes };
}
