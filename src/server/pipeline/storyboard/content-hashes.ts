import { createHash } from "node:crypto";
import type { VoiceSpec } from "../../providers/types";
import type { ShotSpec } from "../../shows/episode-script";
import type { ProviderChoice } from "../../shows/show-settings";

/**
 * A render is a function of its inputs: each piece of a storyboard is stored with a hash of what
 * it was made from, so an edit regenerates only what it changed and an unchanged line or frame is
 * never made (or paid for) twice. Every hash names the provider and model: switching either is a
 * real change.
 */

const hashOf = (parts: unknown) =>
  createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);

/** What a frame looks like: the visual fields of the shot and the portraits it draws from. */
export function frameHash(
  spec: ShotSpec,
  portraitIds: (string | null)[],
  image: ProviderChoice,
  style: string,
): string {
  const { scene, framing, cameraMove, characterIds, action } = spec;
  return hashOf([
    "frame/1",
    image.provider,
    image.model,
    style,
    scene,
    framing,
    cameraMove,
    characterIds,
    action,
    portraitIds,
  ]);
}

/** What a voice line sounds like: its words, its voice and how it is delivered. */
export function voiceHash(
  text: string,
  delivery: string,
  voice: VoiceSpec,
  audio: ProviderChoice,
): string {
  return hashOf(["voice/1", audio.provider, audio.model, voice, text.trim(), delivery.trim()]);
}

/** A music bed: the mood it plays and how long it runs. */
export function scoreHash(
  mood: string[],
  pace: string,
  durationSeconds: number,
  music: ProviderChoice,
): string {
  return hashOf(["score/1", music.provider, music.model, mood, pace, durationSeconds]);
}

/**
 * A shot's moving clip (image-to-video): the frame it starts from, how long and in which shape.
 * A trailer re-cut in 9:16 asks for new clips; one whose VO line changed does not.
 */
export function clipHash(
  frameAssetId: string,
  seconds: number,
  aspect: string,
  video: ProviderChoice,
): string {
  return hashOf(["clip/1", video.provider, video.model, frameAssetId, seconds, aspect]);
}

/** A cut: exactly which pieces, in which order and for how long. */
export function cutHash(parts: unknown): string {
  return hashOf(["cut/1", parts]);
}
