import type { Readable } from "node:stream";
import { AppError } from "../errors";
import type { ByteRange, MediaStore, StoredMedia } from "./media-store";

export type RangeRequest =
  | { kind: "full" }
  | { kind: "partial"; range: ByteRange }
  | { kind: "unsatisfiable" };

const full: RangeRequest = { kind: "full" };
const unsatisfiable: RangeRequest = { kind: "unsatisfiable" };

/**
 * Reads one `bytes=` range against a file of `size` bytes. Multiple ranges, other units and bad
 * syntax are ignored rather than rejected, which RFC 9110 §14.2 allows: the client gets the whole
 * file, which it can always use.
 */
export function parseRange(header: string | null, size: number): RangeRequest {
  const match = header === null ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) {
    return full;
  }
  const [, first = "", last = ""] = match;
  if (first === "") {
    const suffixLength = Number(last);
    if (last === "") {
      return full;
    }
    if (suffixLength === 0 || size === 0) {
      return unsatisfiable;
    }
    return { kind: "partial", range: { start: Math.max(0, size - suffixLength), end: size - 1 } };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Number(last);
  if (last !== "" && end < start) {
    return full;
  }
  if (start >= size) {
    return unsatisfiable;
  }
  return { kind: "partial", range: { start, end: Math.min(end, size - 1) } };
}

const opaqueTag = (tag: string) => (tag.startsWith("W/") ? tag.slice(2) : tag);

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2). */
function noneMatch(header: string | null, media: StoredMedia): boolean {
  if (header === null) {
    return false;
  }
  const tags = header.split(",").map((tag) => tag.trim());
  return tags.includes("*") || tags.some((tag) => opaqueTag(tag) === opaqueTag(media.etag));
}

/** A stale `If-Range` means the client's partial copy is of another file: send it all. */
function rangeStillValid(header: string | null, media: StoredMedia): boolean {
  if (header === null) {
    return true;
  }
  const validator = header.trim();
  if (validator.startsWith('"') || validator.startsWith("W/")) {
    return validator === media.etag;
  }
  return Date.parse(validator) === Math.floor(media.modifiedAt.getTime() / 1000) * 1000;
}

async function statOrNull(store: MediaStore, key: string): Promise<StoredMedia | null> {
  try {
    return await store.stat(key);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") {
      return null;
    }
    throw error;
  }
}

/** Pull-based, so a slow client slows the disk read instead of filling memory. */
function toWebStream(readable: Readable): ReadableStream<Uint8Array> {
  const chunks = readable[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) {
        controller.close();
      } else {
        controller.enqueue(next.value);
      }
    },
    cancel() {
      readable.destroy();
    },
  });
}

function cacheableHeaders(media: StoredMedia): Headers {
  return new Headers({
    "Accept-Ranges": "bytes",
    // Every regeneration writes a new key, so what a key names never changes.
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: media.etag,
    "Last-Modified": media.modifiedAt.toUTCString(),
    "X-Content-Type-Options": "nosniff",
  });
}

const notFoundResponse = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** A short-lived URL where another server (the bucket) answers a GET for `key` itself. */
export type MediaRedirect = (key: string) => Promise<string>;

export interface ServeMediaOptions {
  /** MEDIA_DELIVERY=presigned: GETs of existing files are redirected here instead of streamed. */
  redirect?: MediaRedirect | null;
}

/**
 * Serves a stored file over HTTP with web-standard Request/Response, so it runs in a Next route
 * handler and in a plain test alike. Invalid and unknown keys are both 404.
 */
export async function serveMedia(
  store: MediaStore,
  key: string,
  request: Request,
  options: ServeMediaOptions = {},
): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response(null, { status: 405, headers: { Allow: "GET, HEAD" } });
  }
  const media = await statOrNull(store, key);
  if (media === null) {
    return notFoundResponse();
  }
  // A presigned URL signs the GET method, so HEAD is answered here. The redirect expires with its
  // URL, so no cache may keep it.
  if (options.redirect && request.method === "GET") {
    return new Response(null, {
      status: 302,
      headers: { Location: await options.redirect(key), "Cache-Control": "private, no-store" },
    });
  }
  const headers = cacheableHeaders(media);
  if (noneMatch(request.headers.get("If-None-Match"), media)) {
    return new Response(null, { status: 304, headers });
  }

  const requested = rangeStillValid(request.headers.get("If-Range"), media)
    ? parseRange(request.headers.get("Range"), media.bytes)
    : full;
  if (requested.kind === "unsatisfiable") {
    return new Response(null, {
      status: 416,
      headers: { "Accept-Ranges": "bytes", "Content-Range": `bytes */${media.bytes}` },
    });
  }

  headers.set("Content-Type", media.mime);
  const range = requested.kind === "partial" ? requested.range : undefined;
  if (range) {
    headers.set("Content-Range", `bytes ${range.start}-${range.end}/${media.bytes}`);
    headers.set("Content-Length", String(range.end - range.start + 1));
  } else {
    headers.set("Content-Length", String(media.bytes));
  }
  const body = request.method === "HEAD" ? null : toWebStream(store.read(key, range));
  return new Response(body, { status: range ? 206 : 200, headers });
}
