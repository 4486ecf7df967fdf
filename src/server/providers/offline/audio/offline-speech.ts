import { encodeWav } from "../../audio/wav";
import { ProviderError } from "../../provider-error";
import type { AudioResult, SpeechRequest, VoiceOption } from "../../types";
import {
  offlineVariantOf,
  offlineVoiceCatalog,
  splitEspeakVoiceId,
  whisperVariants,
} from "../../voices/offline-voices";
import { voiceOptionsOf } from "../../voices/voice-catalog";
import { deliveryNudge } from "./delivery";
import { type EspeakEngine, sharedEspeakEngine } from "./espeak-engine";
import { levelSpeech } from "./level";

/** The offline speech model's id in show settings. */
export const offlineVoiceModel = "offline-voice-1";

export interface OfflineSpeechOptions {
  /** The eSpeak thread; the process's shared one by default. */
  engine?: EspeakEngine;
}

export interface OfflineSpeech {
  voices(): VoiceOption[];
  speak(request: SpeechRequest): Promise<AudioResult>;
}

/** Beyond these eSpeak stops sounding like speech: a nudged line stays inside them. */
const minRate = 90;
const maxRate = 260;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

const fail = (
  code: "invalid_input" | "provider_unavailable",
  userMessage: string,
  cause?: unknown,
) => new ProviderError({ provider: "offline", code, userMessage, cause });

/**
 * The line's own delivery: the instructions are the voice's standing notes and the line's
 * delivery joined, and the notes ("gravelly, slow") were already cast into the voice's pitch and
 * rate, so only what this line adds may move them again.
 */
function lineDelivery(request: SpeechRequest): string {
  const notes = request.voice.notes.trim();
  return notes ? request.instructions.replace(notes, " ") : request.instructions;
}

/** The voice eSpeak speaks with: the cast one, or its accent's whisper for a whispered line. */
function espeakVoiceFor(voiceId: string, whisper: boolean): string {
  if (!whisper) {
    return voiceId;
  }
  const { accent } = splitEspeakVoiceId(voiceId);
  const presentation = offlineVariantOf(voiceId)?.presentation;
  return `${accent}+${presentation === "feminine" ? whisperVariants.feminine : whisperVariants.masculine}`;
}

/**
 * Speech on this server: eSpeak NG compiled to WebAssembly, one voice per character (accent,
 * variant, pitch, rate from casting), nudged by each line's delivery, levelled, as a mono WAV.
 * Free, deterministic and robotic; it exists so a show has voices before any key is configured.
 */
export function createOfflineSpeech(options: OfflineSpeechOptions = {}): OfflineSpeech {
  const engine = () => options.engine ?? sharedEspeakEngine();
  const catalog = voiceOptionsOf(offlineVoiceCatalog);

  return {
    voices: () => catalog.map((option) => ({ ...option })),

    async speak(request: SpeechRequest): Promise<AudioResult> {
      request.signal?.throwIfAborted();
      const text = request.text.trim();
      if (!text) {
        throw fail("invalid_input", "This line has no words to speak.");
      }
      const nudge = deliveryNudge(lineDelivery(request));
      const voice = espeakVoiceFor(request.voice.voiceId, nudge.whisper);
      let audio: Awaited<ReturnType<EspeakEngine["synthesize"]>>;
      try {
        audio = await engine().synthesize(
          {
            text,
            voice,
            rate: clamp(Math.round(request.voice.rate * nudge.rateFactor), minRate, maxRate),
            pitch: clamp(Math.round(request.voice.pitch + nudge.pitchDelta), 0, 99),
            range: nudge.range,
          },
          request.signal,
        );
      } catch (error) {
        if (request.signal?.aborted) {
          throw error;
        }
        const message = error instanceof Error ? error.message : String(error);
        if (message.includes("has no voice")) {
          throw fail(
            "invalid_input",
            `The offline voice "${request.voice.voiceId}" does not exist; pick another voice for ${request.context.speaker}.`,
            error,
          );
        }
        throw fail(
          "provider_unavailable",
          `The offline voice engine failed (${message}); retrying.`,
          error,
        );
      }
      const samples = levelSpeech(audio.samples, audio.sampleRate);
      return {
        data: encodeWav(samples, audio.sampleRate),
        mime: "audio/wav",
        durationSeconds: samples.length / audio.sampleRate,
        model: request.model,
        costUsd: 0,
      };
    },
  };
}
