import { mkdtemp, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { ProviderError } from "@/server/providers/provider-error";
import type { MediaRef } from "@/server/providers/types";
import { pngOfSize } from "../fakes/fixture-media";

/** Awaits a rejection that must be a ProviderError, and returns it for assertions. */
export async function expectProviderError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

/** A URL on a port nobody listens on: connecting fails at once, like a server that is down. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 9;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}

/** PNG files on disk, as the media store hands them to providers. */
export async function referenceImages(count: number): Promise<MediaRef[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "greenlight-refs-"));
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const file = path.join(dir, `reference-${index + 1}.png`);
      await writeFile(file, await pngOfSize(64 + index, 64));
      return { path: file, mime: "image/png" };
    }),
  );
}
