import { readFile } from "node:fs/promises";
import { and, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Executor } from "../../src/server/db/client";
import { assets, shows } from "../../src/server/db/schema";
import { parseOtio } from "../../src/server/exports/otio/test-otio";
import type { PreparedVideoRequest } from "../../src/server/providers/replicate/models";
import { createReplicateModelRegistry } from "../../src/server/providers/replicate/models";
import type { MediaStore } from "../../src/server/storage/media-store";
import type { RecordedRequest } from "../fakes/fake-http";
import type { ReplicateFake } from "../fakes/replicate-fake";

/** The trailer's clips in these tests: Veo 3.1 animating each shot's frame (4, 6 or 8 s). */
export const clipModel = "google/veo-3.1";

/**
 * The longest clip the model makes, read from the model registry as the adapter would build it:
 * the length it snaps an over-long start-frame request to.
 */
export function modelMaxSeconds(modelId = clipModel): number {
  const resolved = createReplicateModelRegistry().resolve(modelId);
  if (resolved?.model.kind !== "video") {
    throw new Error(`${modelId} is not a video model in the registry`);
  }
  const request = {
    prompt: "probe",
    references: [],
    referenceUris: ["data:image/png;base64,AA=="],
    durationSeconds: 600,
    aspect: "16:9",
    resolution: "720p",
    audio: false,
    model: modelId,
    context: { purpose: "episode_clip" },
  } as unknown as PreparedVideoRequest;
  return resolved.model.buildInput(request).output.durationSeconds;
}

export type VideoInput = {
  prompt: string;
  duration: number;
  aspect_ratio: string;
  image?: string;
};

/** Every prediction created on the clip model so far, in order. */
export function clipCreates(replicate: ReplicateFake): RecordedRequest[] {
  return replicate.requests.filter(
    (request) =>
      request.route === "predictions.create" &&
      request.path === `/v1/models/${clipModel}/predictions`,
  );
}

export const inputOf = (request: RecordedRequest) => (request.json as { input: VideoInput }).input;

/** The show's trailer and its OpenTimelineIO timeline, as the package hands them over. */
export async function storedTrailer(db: Executor, media: MediaStore, showId: string) {
  const [show] = await db.select().from(shows).where(eq(shows.id, showId));
  expect(show?.trailerAssetId, "the show has a trailer").toBeTruthy();
  const [video] = await db.select().from(assets).where(eq(assets.id, show!.trailerAssetId!));
  const [timeline] = (
    await db
      .select()
      .from(assets)
      .where(and(eq(assets.showId, showId), eq(assets.kind, "timeline")))
  ).filter((row) => row.sourceAssetIds?.includes(video!.id));
  expect(timeline, "the trailer's .otio").toBeDefined();
  const otio = parseOtio(await readFile(media.localPath(timeline!.storageKey) ?? "", "utf8"));
  const [pictures] = otio.tracks.children;
  /** Each shot's media in the cut's picture track, by name ("Shot 1", …, "End card"). */
  const pictureOf = new Map(
    pictures!.children.flatMap((item) =>
      item.OTIO_SCHEMA === "Clip.1" ? [[item.name, item.media_reference.target_url] as const] : [],
    ),
  );
  return { show: show!, video: video!, file: media.localPath(video!.storageKey) ?? "", pictureOf };
}
