import { AppError } from "@/server/errors";

const sizeOf = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
    : `${Math.round(bytes / 1024)} KB`;

const tooLarge = (limitBytes: number) =>
  new AppError(
    "payload_too_large",
    `The request body is larger than this endpoint accepts (${sizeOf(limitBytes)}).`,
  );

/**
 * Reads a request body as text, stopping at `limitBytes`: a declared Content-Length over the
 * limit is refused before reading, and a body that runs past it (chunked, or lying about its
 * length) is canceled as soon as it does — never buffered whole, never parsed.
 */
export async function readBodyText(request: Request, limitBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limitBytes) {
    throw tooLarge(limitBytes);
  }
  if (!request.body) {
    return "";
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
