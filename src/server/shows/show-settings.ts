import { z } from "zod";
import { voiceSpecSchema } from "../providers/voices/voice-spec-schema";
import { safeText } from "./safe-text";
import { textLimits } from "./text-limits";

/** Which provider and model makes one type of asset. */
export const providerChoiceSchema = z.object({
  provider: z.enum(["offline", "openai", "replicate"]),
  model: safeText(textLimits.model, 1),
});
export type ProviderChoice = z.infer<typeof providerChoiceSchema>;

export const defaultProviderChoices = {
  text: { provider: "offline", model: "offline-writer-1" },
  image: { provider: "offline", model: "offline-art-1" },
  video: { provider: "offline", model: "offline-animatic-1" },
  /** Speech: voice lines and narration. */
  audio: { provider: "offline", model: "offline-voice-1" },
  /** Music beds (the score). */
  music: { provider: "offline", model: "offline-score-1" },
} as const satisfies Record<string, ProviderChoice>;

/** Per-show settings; every field has a default so old rows keep parsing as fields are added. */
export const showSettingsSchema = z.object({
  characterCount: z.number().int().min(1).max(10).default(6),
  /** Style guardrails appended to every prompt ("no gore", "family friendly", …). */
  guardrails: safeText(textLimits.guardrails).default(""),
  text: providerChoiceSchema.default(defaultProviderChoices.text),
  image: providerChoiceSchema.default(defaultProviderChoices.image),
  video: providerChoiceSchema.default(defaultProviderChoices.video),
  audio: providerChoiceSchema.default(defaultProviderChoices.audio),
  music: providerChoiceSchema.default(defaultProviderChoices.music),
  /** The narrator's voice when the user chose one; cast from the blueprint otherwise. */
  narratorVoice: voiceSpecSchema.optional(),
  /**
   * How far autopilot carries the show: through the first season (season plan, stills, videos and
   * clips; the home page's promise) or only to the trailer (the CLI's `--no-extras`).
   */
  autopilotThrough: z.enum(["trailer", "season"]).default("season"),
  /** The trailer's length in seconds and its shape (16:9, or 9:16 for a social cut). */
  trailer: z
    .object({
      seconds: z.union([z.literal(30), z.literal(60)]).default(30),
      aspect: z.enum(["16:9", "9:16"]).default("16:9"),
    })
    .default({ seconds: 30, aspect: "16:9" }),
  /**
   * The user confirmed the autopilot estimate, paid videos included (home page or console dialog).
   * Without it autopilot makes character videos and episode clips only on a free video provider.
   */
  paidVideosConfirmed: z.boolean().default(false),
  /**
   * Test hook (honoured only with GREENLIGHT_TEST_HOOKS=true): these kinds fail on purpose for
   * their first `versions` versions, so browser tests can exercise failure and Retry.
   */
  testFailures: z
    .object({
      kinds: z.array(safeText(64)).max(20),
      versions: z.number().int().min(1).max(10),
      /** Only these targets (character or episode ids) fail; all of the kinds' tasks when absent. */
      targets: z.array(safeText(200)).max(20).optional(),
      /** Fail as the provider's moderation would (terminal) instead of a failed job. */
      moderation: z.boolean().optional(),
    })
    .optional(),
  /**
   * Test hook: the offline providers refuse, as a moderation system would, every prompt holding one
   * of `words` (whole words, any case), or every prompt with `all`.
   */
  testModeration: z
    .object({
      words: z.array(safeText(textLimits.label)).max(20).default([]),
      all: z.boolean().optional(),
    })
    .optional(),
  /** Test hook: hold these kinds in the running state for a while before they start. */
  testDelays: z
    .object({ kinds: z.array(safeText(64)).max(20), seconds: z.number().min(0).max(300) })
    .optional(),
});
export type ShowSettings = z.infer<typeof showSettingsSchema>;

export const showSettingsPatchSchema = showSettingsSchema.partial();
export type ShowSettingsPatch = z.infer<typeof showSettingsPatchSchema>;

export function parseShowSettings(value: unknown): ShowSettings {
  const parsed = showSettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : showSettingsSchema.parse({});
}
