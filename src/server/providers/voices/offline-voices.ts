import type { AccentId, AgeBand, CatalogVoice, Presentation, Timbre } from "./voice-traits";

/**
 * The offline voices: eSpeak NG's English accents, each with the voice variants (`+f3`, `+m7`)
 * that change sex, age and timbre. An id is what eSpeak's `set_voice` takes, "en-gb-scotland+f3".
 * Variants were picked by ear-proxy: their measured pitch (f0 of a test line: m-variants 80–100 Hz,
 * f-variants 170–200, Annie 230, zac 340) matches what the label promises.
 */

interface EspeakAccent {
  /** eSpeak's voice name for the accent. */
  name: string;
  label: string;
  accent: AccentId;
}

export const espeakAccents: readonly EspeakAccent[] = [
  { name: "en-us", label: "American", accent: "american" },
  { name: "en", label: "British", accent: "british" },
  { name: "en-gb-x-rp", label: "Received Pronunciation", accent: "received" },
  { name: "en-gb-scotland", label: "Scottish", accent: "scottish" },
  { name: "en-gb-x-gbclan", label: "Lancashire", accent: "northern-english" },
  { name: "en-gb-x-gbcwmd", label: "West Midlands", accent: "midlands" },
  { name: "en-029", label: "Caribbean", accent: "caribbean" },
  { name: "en-us-nyc", label: "New York", accent: "new-york" },
];

interface EspeakVariant {
  name: string;
  label: string;
  presentation: Presentation;
  ages: readonly AgeBand[];
  timbre: readonly Timbre[];
}

const adult: readonly AgeBand[] = ["teen", "adult"];
const older: readonly AgeBand[] = ["adult", "elder"];

export const espeakVariants: readonly EspeakVariant[] = [
  { name: "m3", label: "Male 3", presentation: "masculine", ages: adult, timbre: ["smooth"] },
  { name: "m7", label: "Male 7", presentation: "masculine", ages: adult, timbre: ["warm"] },
  { name: "m2", label: "Male 2", presentation: "masculine", ages: adult, timbre: ["bright"] },
  { name: "m6", label: "Male 6", presentation: "masculine", ages: adult, timbre: ["smooth"] },
  { name: "m5", label: "Male 5", presentation: "masculine", ages: adult, timbre: ["warm"] },
  { name: "m4", label: "Male 4", presentation: "masculine", ages: older, timbre: ["deep"] },
  { name: "m8", label: "Male 8", presentation: "masculine", ages: older, timbre: ["deep"] },
  { name: "m1", label: "Male 1", presentation: "masculine", ages: older, timbre: ["rough"] },
  { name: "travis", label: "Travis", presentation: "masculine", ages: adult, timbre: ["bright"] },
  { name: "Storm", label: "Storm", presentation: "masculine", ages: older, timbre: ["deep"] },
  {
    name: "paul",
    label: "Paul",
    presentation: "masculine",
    ages: older,
    timbre: ["deep", "rough"],
  },
  {
    name: "grandpa",
    label: "Grandpa",
    presentation: "masculine",
    ages: ["elder"],
    timbre: ["rough", "warm"],
  },
  { name: "croak", label: "Croak", presentation: "masculine", ages: ["elder"], timbre: ["rough"] },
  { name: "f2", label: "Female 2", presentation: "feminine", ages: adult, timbre: ["smooth"] },
  { name: "f3", label: "Female 3", presentation: "feminine", ages: adult, timbre: ["bright"] },
  { name: "f5", label: "Female 5", presentation: "feminine", ages: adult, timbre: ["bright"] },
  { name: "f4", label: "Female 4", presentation: "feminine", ages: older, timbre: ["warm"] },
  { name: "steph", label: "Steph", presentation: "feminine", ages: adult, timbre: ["airy"] },
  { name: "linda", label: "Linda", presentation: "feminine", ages: older, timbre: ["smooth"] },
  { name: "aunty", label: "Aunty", presentation: "feminine", ages: older, timbre: ["warm"] },
  { name: "f1", label: "Female 1", presentation: "feminine", ages: older, timbre: ["rough"] },
  {
    name: "grandma",
    label: "Grandma",
    presentation: "feminine",
    ages: ["elder"],
    timbre: ["rough", "warm"],
  },
  {
    name: "Annie",
    label: "Annie",
    presentation: "feminine",
    ages: ["child", "teen"],
    timbre: ["bright"],
  },
  { name: "zac", label: "Zac", presentation: "neutral", ages: ["child"], timbre: ["bright"] },
];

/** Variants for a line's delivery, not for casting: the whispering voices. */
export const whisperVariants = { masculine: "whisper", feminine: "whisperf" } as const;

/** "en-gb-scotland+f3" → accent "en-gb-scotland", variant "f3" (variant "" when none). */
export function splitEspeakVoiceId(voiceId: string): { accent: string; variant: string } {
  const [accent = "", variant = ""] = voiceId.split("+", 2);
  return { accent, variant };
}

/** Every accent with every variant, American first. */
export const offlineVoiceCatalog: readonly CatalogVoice[] = espeakAccents.flatMap((accent) =>
  espeakVariants.map((variant) => ({
    voiceId: `${accent.name}+${variant.name}`,
    label: `${accent.label} · ${variant.label}`,
    presentation: variant.presentation,
    ages: variant.ages,
    accent: accent.accent,
    timbre: variant.timbre,
  })),
);

/** The variant's listing, for a voice id the catalog knows. */
export function offlineVariantOf(voiceId: string): EspeakVariant | undefined {
  const { variant } = splitEspeakVoiceId(voiceId);
  return espeakVariants.find((entry) => entry.name === variant);
}
