import { createServer, request as forward, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";

/** A failure s3rver cannot produce: an S3 error answer, or a connection dropped unanswered. */
export type S3Fault = { status: number; code?: string; message?: string; body?: string } | "drop";

export interface RecordedRequest {
  /** The S3 action the request was, told from its method and query. */
  operation: string;
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface S3FaultProxy {
  endpoint: string;
  requests: RecordedRequest[];
  /** How many requests were `operation`. */
  count(operation: string): number;
  /** Answers the next `times` requests for `operation` with `fault` instead of forwarding. */
  fail(operation: string, fault: S3Fault, times?: number): void;
  close(): Promise<void>;
}

function operationOf(method: string, query: URLSearchParams, hasKey: boolean): string {
  if (method === "GET" && !hasKey) {
    return query.get("list-type") === "2" ? "ListObjectsV2" : "ListObjects";
  }
  if (method === "POST") {
    return query.has("delete")
      ? "DeleteObjects"
      : query.has("uploads")
        ? "CreateMultipartUpload"
        : "CompleteMultipartUpload";
  }
  if (method === "PUT") {
    return query.has("partNumber") ? "UploadPart" : "PutObject";
  }
  if (method === "DELETE") {
    return query.has("uploadId") ? "AbortMultipartUpload" : "DeleteObject";
  }
  return method === "HEAD" ? "HeadObject" : "GetObject";
}

/** Cuts a ListObjectsV2 answer to its first `size` keys, as S3 pages with `max-keys`. */
function onePage(listing: string, size: number): string {
  const contents = listing.match(/<Contents>[\s\S]*?<\/Contents>/g) ?? [];
  if (contents.length <= size) {
    return listing;
  }
  const kept = contents.slice(0, size);
  const lastKey = /<Key>([^<]*)<\/Key>/.exec(kept.at(-1) ?? "")?.[1] ?? "";
  const next = Buffer.from(lastKey.replaceAll("&amp;", "&")).toString("base64url");
  return listing
    .replace(contents.join(""), kept.join(""))
    .replace(/<IsTruncated>false<\/IsTruncated>/, "<IsTruncated>true</IsTruncated>")
    .replace(/<KeyCount>\d+<\/KeyCount>/, `<KeyCount>${size}</KeyCount>`)
    .replace(
      "</ListBucketResult>",
      `<NextContinuationToken>${next}</NextContinuationToken></ListBucketResult>`,
    );
}

const errorDocument = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fault</RequestId></Error>`;

/**
 * An HTTP proxy in front of s3rver (path-style requests) that records what the client asked for
 * and, on demand, answers with a fault. `maxKeys` caps every listing page, so tests see paging.
 */
export async function startS3FaultProxy(
  target: string,
  options: { maxKeys?: number } = {},
): Promise<S3FaultProxy> {
  const upstream = new URL(target);
  const requests: RecordedRequest[] = [];
  const faults: { operation: string; fault: S3Fault }[] = [];
  const server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? "/", "http://proxy");
    const method = incoming.method ?? "GET";
    const hasKey = url.pathname.split("/").filter(Boolean).length > 1;
    const operation = operationOf(method, url.searchParams, hasKey);
    requests.push({ operation, method, url: url.pathname + url.search, headers: incoming.headers });
    const index = faults.findIndex((f) => f.operation === operation);
    const fault = index >= 0 ? faults.splice(index, 1)[0]?.fault : undefined;
    if (fault !== undefined) {
      // Read the request first: a client still sending its body would see a reset otherwise.
      incoming.resume();
      incoming.on("end", () => {
        if (fault === "drop") {
          outgoing.socket?.destroy();
          return;
        }
        const body =
          fault.body ?? (fault.code ? errorDocument(fault.code, fault.message ?? fault.code) : "");
        outgoing.writeHead(fault.status, { "Content-Type": "application/xml" });
        outgoing.end(method === "HEAD" ? undefined : body);
      });
      return;
    }
    const pageSize = operation === "ListObjectsV2" ? options.maxKeys : undefined;
    if (pageSize !== undefined) {
      // s3rver cannot make continuation tokens on Node 17+ (it encrypts them with DES, which
      // OpenSSL 3 dropped), so the proxy pages itself: whole listing in, `pageSize` keys out.
      const token = url.searchParams.get("continuation-token");
      url.searchParams.delete("continuation-token");
      url.searchParams.delete("max-keys");
      if (token) {
        url.searchParams.set("start-after", Buffer.from(token, "base64url").toString());
      }
    }
    const proxied = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method,
        path: url.pathname + url.search,
        headers: { ...incoming.headers, host: upstream.host },
      },
      (answer) => {
        if (pageSize === undefined || answer.statusCode !== 200) {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
          return;
        }
        void text(answer).then((listing) => {
          const { "content-length": _, ...headers } = answer.headers;
          outgoing.writeHead(200, headers);
          outgoing.end(onePage(listing, pageSize));
        });
      },
    );
    proxied.on("error", () => outgoing.socket?.destroy());
    incoming.pipe(proxied);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    count: (operation) => requests.filter((r) => r.operation === operation).length,
    fail(operation, fault, times = 1) {
      for (let i = 0; i < times; i++) {
        faults.push({ operation, fault });
      }
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
