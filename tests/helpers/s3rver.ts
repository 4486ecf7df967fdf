import fs from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

/** A running s3rver: where it listens, its one bucket and the credentials it accepts. */
export interface S3rverInstance {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  close(): Promise<void>;
}

/**
 * s3rver (a real S3 implementation on the local file system, checking SigV4 signatures) on
 * 127.0.0.1 at a random port, storing into its own temp directory with one empty bucket. Imports
 * nothing from vitest, so plain `tsx` scripts (the chaos harness) can start one too.
 */
export async function startS3rver(options: { bucket?: string } = {}): Promise<S3rverInstance> {
  const bucket = options.bucket ?? "media";
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), "greenlight-s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = (await server.run()) as AddressInfo;
  const http = (server as unknown as { httpServer: Server }).httpServer;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    // s3rver's built-in account; any other key id is InvalidAccessKeyId.
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    region: "us-east-1",
    async close() {
      // Clients keep connections alive; close() alone would wait for them.
      http.closeAllConnections();
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}
