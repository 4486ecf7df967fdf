import path from "node:path";
import { AppError } from "../errors";

const octetStream = "application/octet-stream";

const mimeByExtension: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  mp4: "video/mp4",
  webm: "video/webm",
  wav: "audio/wav",
  mp3: "audio/mpeg",
  // Browsers load a caption <track> only as text/vtt; SRT is for editors and players to download.
  vtt: "text/vtt; charset=utf-8",
  srt: "application/x-subrip; charset=utf-8",
  pdf: "application/pdf",
  otio: "application/json",
  json: "application/json",
  zip: "application/zip",
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
};

/**
 * A key's extension is its type, in every adapter: the local store keeps no sidecar, and the S3
 * store answers the same type whatever Content-Type another tool may have set on an object.
 */
export function mimeForKey(key: string): string {
  const extension = path.extname(key).slice(1).toLowerCase();
  return mimeByExtension[extension] ?? octetStream;
}

const essenceOf = (mime: string) => (mime.split(";")[0] ?? "").trim().toLowerCase();

/**
 * The type to store `key` with, having checked that the caller's `mime` agrees with the key's
 * extension: a PNG key holding a JPEG would be served with the wrong type forever.
 */
export function mimeForPut(key: string, mime: string): string {
  const expected = mimeForKey(key);
  if (expected !== octetStream && essenceOf(mime) !== essenceOf(expected)) {
    throw new AppError("invalid_input", `${key} must be ${expected}, not ${mime}`, {
      field: "mime",
    });
  }
  return expected;
}
