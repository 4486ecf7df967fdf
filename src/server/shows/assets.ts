import type { InferSelectModel } from "drizzle-orm";
import type { Executor } from "../db/client";
import { assets } from "../db/schema";

export type AssetRow = InferSelectModel<typeof assets>;

/** The asset kinds, one per slot of the show package. */
export type AssetKind =
  | "portrait"
  | "portrait_grid"
  | "poster"
  | "trailer"
  | "character_video"
  | "episode_still"
  | "episode_clip"
  | "episode_script"
  | "trailer_script"
  | "trailer_card"
  | "storyboard_frame"
  | "voice_line"
  | "score"
  | "subtitles"
  | "episode_animatic"
  | "timeline"
  | "shot_clip";

/** What a handler produced and stored; becomes an asset row when its task succeeds. */
export interface AssetDraft {
  /**
   * Chosen before the row exists when a file written first must name it (a trailer's timeline
   * names the cards it drew); the database picks one otherwise.
   */
  id?: string;
  kind: AssetKind;
  storageKey: string;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  provider: string;
  model: string;
  prompt: string;
  costUsd: number;
  /** What it was composed from (a grid: the portrait ids it drew). */
  sourceAssetIds?: string[];
  /** A hash of its inputs, to find it again instead of making it twice (frames, voices, score). */
  contentHash?: string;
}

/** An asset as the API shows it: the draft's facts, addressed by URL instead of storage key. */
export interface AssetDto
  extends Omit<AssetDraft, "kind" | "storageKey" | "sourceAssetIds" | "contentHash"> {
  id: string;
  kind: string;
  url: string;
  createdAt: string;
  taskId: string | null;
}

export const mediaUrl = (key: string) => `/api/media/${key}`;

export function toAssetDto(row: AssetRow): AssetDto {
  return {
    id: row.id,
    kind: row.kind,
    url: mediaUrl(row.storageKey),
    mime: row.mime,
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    durationSeconds: row.durationSeconds,
    provider: row.provider,
    model: row.model,
    prompt: row.prompt,
    costUsd: row.costUsd,
    createdAt: row.createdAt.toISOString(),
    taskId: row.taskId,
  };
}

/** Records an immutable asset; the caller moves the show's pointer to it in the same transaction. */
export async function insertAsset(
  db: Executor,
  draft: AssetDraft,
  owner: {
    showId: string;
    taskId: string;
    characterId?: string;
    episodeId?: string;
    shotId?: string;
  },
): Promise<AssetRow> {
  const [row] = await db
    .insert(assets)
    .values({
      ...draft,
      showId: owner.showId,
      taskId: owner.taskId,
      characterId: owner.characterId ?? null,
      episodeId: owner.episodeId ?? null,
      shotId: owner.shotId ?? null,
    })
    .onConflictDoNothing({ target: assets.storageKey })
    .returning();
  if (row) {
    return row;
  }
  // Same storage key: the completion ran before (a retried transaction); reuse that row.
  const existing = await db.query.assets.findFirst({
    where: (table, { eq }) => eq(table.storageKey, draft.storageKey),
  });
  return existing!;
}
