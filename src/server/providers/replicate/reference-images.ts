import { readFile } from "node:fs/promises";
import sharp from "sharp";
import type { MediaRef } from "../types";

/** Replicate recommends data URIs only for files under 1 MB; larger ones get re-encoded. */
const inlineLimitBytes = 1_000_000;

const dataUri = (mime: string, data: Buffer) => `data:${mime};base64,${data.toString("base64")}`;

/**
 * A reference image from the media store as a data URI in the prediction input. We encode it
 * ourselves: the client's own `fileEncodingStrategy: "data-uri"` passes the client object instead
 * of the input to its encoder (replicate 1.4), and its default strategy uploads every Buffer to
 * Replicate's Files API first.
 */
export async function toReferenceDataUri(reference: MediaRef): Promise<string> {
  const data = await readFile(reference.path);
  if (data.byteLength <= inlineLimitBytes) {
    return dataUri(reference.mime, data);
  }
  for (const edge of [1536, 1024, 768]) {
    const smaller = await sharp(data)
      .resize(edge, edge, { fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 85 })
      .toBuffer();
    if (smaller.byteLength <= inlineLimitBytes) {
      return dataUri("image/jpeg", smaller);
    }
  }
  return dataUri(
    "image/jpeg",
    await sharp(data).resize(512, 512, { fit: "inside" }).jpeg().toBuffer(),
  );
}

export function toReferenceDataUris(references: MediaRef[], limit: number): Promise<string[]> {
  return Promise.all(references.slice(0, limit).map(toReferenceDataUri));
}
