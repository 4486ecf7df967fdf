import type { AssetDraft, AssetKind } from "../shows/assets";
import type { MediaStore } from "../storage/media-store";

const extensions: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "video/mp4": "mp4",
  "video/webm": "webm",
  "audio/wav": "wav",
  "audio/mpeg": "mp3",
  "text/vtt": "vtt",
  "application/x-subrip": "srt",
  "application/json": "json",
};

/**
 * Writes a generated file under a key derived from the task, so a retried attempt overwrites its
 * own half-finished output instead of leaving orphans, and every task's output gets a new key
 * (assets are immutable, and cached forever by browsers).
 */
export async function storeOutput(
  media: MediaStore,
  /** `extension` overrides the one the type implies (a timeline is JSON named `.otio`). */
  target: { showId: string; taskId: string; kind: AssetKind; extension?: string },
  data: Buffer,
  mime: string,
  details: Omit<AssetDraft, "kind" | "storageKey" | "mime" | "bytes">,
): Promise<AssetDraft> {
  const extension = target.extension ?? extensions[mime] ?? "bin";
  const key = `shows/${target.showId}/${target.kind}/${target.taskId}.${extension}`;
  const stored = await media.put(key, data, mime);
  return { ...details, kind: target.kind, storageKey: key, mime: stored.mime, bytes: stored.bytes };
}
