import { z } from "zod";
import { safeText } from "../../shows/safe-text";
import { textLimits } from "../../shows/text-limits";
import type { VoiceSpec } from "../types";

/** eSpeak's pitch scale: 50 is the voice's own. */
export const voicePitchRange = { min: 0, max: 99 } as const;
/** Words per minute the offline voice speaks at; paid voices read it as a speed (175 = 1×). */
export const voiceRateRange = { min: 80, max: 260 } as const;
/** The rate a paid provider's `speed: 1` stands for. */
export const neutralRate = 175;

/**
 * A voice as stored (`characters.voice`, `settings.narratorVoice`) and edited: the same fields as
 * the `VoiceSpec` port type, validated where it crosses a boundary.
 */
export const voiceSpecSchema = z.object({
  voiceId: safeText(textLimits.label, 1),
  pitch: z.number().int().min(voicePitchRange.min).max(voicePitchRange.max),
  rate: z.number().int().min(voiceRateRange.min).max(voiceRateRange.max),
  notes: safeText(textLimits.sentence).default(""),
}) satisfies z.ZodType<VoiceSpec, unknown>;
