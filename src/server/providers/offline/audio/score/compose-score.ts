import type { AudioResult, MusicRequest } from "../../../types";
import { arrange } from "./arrangement";
import { sampleRate } from "./dsp";
import { mixScore } from "./mix";
import { planScore } from "./mood-to-music";
import { encodeWav } from "./wav";

/** The model name an offline score reports when the request names none. */
export const offlineScoreModel = "offline-procedural-score";

/**
 * Beds longer than this are refused: rendering holds four float channels in memory (about
 * 16 bytes a frame, 210 MB at the limit), and the cut loops a shorter bed anyway.
 */
export const maxScoreSeconds = 300;

/**
 * A music bed for the offline provider: key, tempo and instruments from the mood, pace and the
 * show's genre and tone (mood-to-music.ts), pad + bass + pulse stems, 44.1 kHz stereo 16-bit
 * WAV of exactly the requested length (to the sample). Deterministic and local: the same request
 * gives the same bytes, with no network and no files.
 */
export async function composeScore(request: MusicRequest): Promise<AudioResult> {
  const { durationSeconds, signal } = request;
  if (
    !Number.isFinite(durationSeconds) ||
    durationSeconds <= 0 ||
    durationSeconds > maxScoreSeconds
  ) {
    throw new RangeError(
      `a score lasts more than 0 and at most ${maxScoreSeconds} seconds, not ${durationSeconds}`,
    );
  }
  signal?.throwIfAborted();
  const frames = Math.max(1, Math.round(durationSeconds * sampleRate));
  const plan = planScore(request);
  const mix = await mixScore(plan, arrange(plan), { frames, signal });
  return {
    data: encodeWav(mix, sampleRate, plan.seed),
    mime: "audio/wav",
    durationSeconds: frames / sampleRate,
    model: request.model || offlineScoreModel,
    costUsd: 0,
  };
}
