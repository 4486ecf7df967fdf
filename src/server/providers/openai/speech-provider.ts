import { readWavInfo, repairWavHeader } from "../audio/wav";
import { defaultPrices, estimateAudioCost, type PriceTable } from "../pricing/price-table";
import { ProviderError } from "../provider-error";
import type { AudioProvider, AudioResult, SpeechRequest } from "../types";
import { openAIVoiceCatalog } from "../voices/paid-voices";
import { voiceOptionsOf } from "../voices/voice-catalog";
import { neutralRate } from "../voices/voice-spec-schema";
import { createOpenAIClient, type OpenAIConnection, openAIProviderId } from "./openai-client";
import { mapOpenAIError } from "./openai-errors";
import { refuseShutDownModel, type ShutdownCheckOptions } from "./shut-down-model";
import { outputProblem } from "./structured-output";

export interface OpenAISpeechProviderOptions extends OpenAIConnection, ShutdownCheckOptions {
  prices?: PriceTable;
}

/** `instructions` (how to speak) work with the GPT speech models, not with tts-1 and tts-1-hd. */
export const supportsSpeechInstructions = (model: string) => !/^tts-1(-hd)?(-\d|$)/.test(model);

/** The endpoint's speed range; casting keeps voices near 1×. */
const speedRange = { min: 0.25, max: 4 } as const;

/**
 * The voice's rate as the endpoint's `speed`, only when it differs audibly from 1×: the GPT
 * speech models pace speech from the instructions better than a time-stretch does.
 */
function speedFor(rate: number): number | undefined {
  const speed = Math.min(speedRange.max, Math.max(speedRange.min, rate / neutralRate));
  return Math.abs(speed - 1) < 0.05 ? undefined : Math.round(speed * 100) / 100;
}

/**
 * Speech from OpenAI's speech endpoint (`gpt-4o-mini-tts`): the cast voice, the line, and the
 * voice's notes with the line's delivery as `instructions`. OpenAI shuts the endpoint's models down
 * on 2027-01-06 (model-lifecycle.ts); their named successor speaks only over the Realtime API.
 *
 * WAV rather than the default MP3: the cut mixes and loudness-normalises every line, so lossless
 * PCM avoids a second lossy generation; its length is exact from its bytes (an MP3's is an estimate
 * and carries encoder padding that would shift subtitle timings); and lines are short, so the size
 * (48 KB a second at 24 kHz) does not matter. The endpoint streams the WAV with placeholder sizes
 * in its header, which are repaired before it is stored.
 */
export function createOpenAISpeechProvider(options: OpenAISpeechProviderOptions): AudioProvider {
  const client = createOpenAIClient(options);
  const prices = options.prices ?? defaultPrices;
  const voices = voiceOptionsOf(openAIVoiceCatalog);

  async function request(speech: SpeechRequest): Promise<{ data: Buffer; requestId: string }> {
    const { model, signal } = speech;
    const instructions = speech.instructions.trim();
    const speed = speedFor(speech.voice.rate);
    try {
      const answer = await client.audio.speech
        .create(
          {
            model,
            voice: speech.voice.voiceId,
            input: speech.text,
            response_format: "wav",
            ...(instructions && supportsSpeechInstructions(model) ? { instructions } : {}),
            ...(speed ? { speed } : {}),
          },
          { signal },
        )
        .withResponse();
      return {
        data: Buffer.from(await answer.data.arrayBuffer()),
        requestId: answer.request_id ?? "",
      };
    } catch (error) {
      const mapped = mapOpenAIError(error, {
        model,
        baseURL: options.baseURL,
        kind: "speech",
        now: options.now,
      });
      if (mapped !== error || signal?.aborted) {
        throw mapped;
      }
      // The body is streamed: a connection lost after the headers fails here, not in the SDK.
      throw new ProviderError({
        provider: openAIProviderId,
        code: "network",
        userMessage: "The connection to OpenAI broke while the speech was downloading; retrying.",
        cause: error,
      });
    }
  }

  return {
    id: openAIProviderId,
    voices: () => voices.map((voice) => ({ ...voice })),
    async speak(speech: SpeechRequest): Promise<AudioResult> {
      refuseShutDownModel(speech.model, "speech", options);
      const { data, requestId } = await request(speech);
      const wav = repairWavHeader(data);
      const info = readWavInfo(wav);
      if (!info || info.dataBytes === 0) {
        throw outputProblem(
          "provider_unavailable",
          "OpenAI answered without speech audio; retrying.",
          requestId,
        );
      }
      const instructions = supportsSpeechInstructions(speech.model) ? speech.instructions : "";
      return {
        data: wav,
        mime: "audio/wav",
        durationSeconds: info.durationSeconds,
        model: speech.model,
        costUsd: estimateAudioCost(prices, speech.model, {
          durationSeconds: info.durationSeconds,
          characters: speech.text.length + instructions.trim().length,
        }),
      };
    },
  };
}
