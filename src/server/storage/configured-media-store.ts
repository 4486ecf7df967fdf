import path from "node:path";
import type { Env } from "../config/env";
import { createLocalMediaStore } from "./local-media-store";
import type { MediaStore } from "./media-store";
import { createS3MediaStore } from "./s3-media-store";
import type { MediaRedirect } from "./serve-media";

/**
 * How long a presigned media URL stays valid: long enough for a player to fetch its ranges, short
 * enough that a leaked URL soon stops working.
 */
export const presignedUrlSeconds = 10 * 60;

export interface ConfiguredMedia {
  media: MediaStore;
  /** With MEDIA_DELIVERY=presigned, where media GETs are redirected; null when streamed. */
  mediaRedirect: MediaRedirect | null;
}

/** The media store MEDIA_STORE names: `DATA_DIR/media` on local disk, or an S3 bucket. */
export function createConfiguredMedia(env: Env): ConfiguredMedia {
  if (env.MEDIA_STORE === "local") {
    return { media: createLocalMediaStore(path.join(env.dataDir, "media")), mediaRedirect: null };
  }
  const media = createS3MediaStore({
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    prefix: env.S3_PREFIX,
    cacheDir: path.join(env.dataDir, "cache", "media"),
    cacheMaxBytes: env.MEDIA_CACHE_MAX_MB * 1024 * 1024,
  });
  const mediaRedirect =
    env.MEDIA_DELIVERY === "presigned"
      ? (key: string) => media.presignedUrl(key, presignedUrlSeconds)
      : null;
  return { media, mediaRedirect };
}
