import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request a fake received, kept so tests can assert on exactly what the SDK sent. */
export interface RecordedRequest {
  route: string;
  method: string;
  path: string;
  /** The request target as sent: path and query string, still percent-encoded. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** The parsed body for JSON requests. */
  json?: unknown;
  /** Multipart fields: strings as is, files as their name, type and size. */
  form?: Record<string, Array<string | { filename: string; type: string; size: number }>>;
  /** The status and headers the fake answered with (e.g. its `x-request-id`). */
  reply?: { status: number; headers: Record<string, string> };
}

export interface FakeReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait before answering (for timeouts and slow servers). */
  delayMs?: number;
  /** Close the socket without answering: the client sees a network error. */
  drop?: boolean;
}

export type FakeHandler = (request: RecordedRequest) => Promise<FakeReply> | FakeReply;

export interface FakeHttpServer {
  url: string;
  requests: RecordedRequest[];
  count(route: string): number;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function parseForm(headers: Headers, body: Buffer): Promise<RecordedRequest["form"]> {
  const form = await new Request("http://fake.local/", {
    method: "POST",
    headers,
    body: new Uint8Array(body),
  }).formData();
  const fields: NonNullable<RecordedRequest["form"]> = {};
  for (const [name, value] of form.entries()) {
    const entry =
      typeof value === "string"
        ? value
        : { filename: value.name, type: value.type, size: value.size };
    fields[name] = [...(fields[name] ?? []), entry];
  }
  return fields;
}

async function record(route: string, request: IncomingMessage): Promise<RecordedRequest> {
  const body = await readBody(request);
  const contentType = String(request.headers["content-type"] ?? "");
  const recorded: RecordedRequest = {
    route,
    method: request.method ?? "GET",
    path: new URL(request.url ?? "/", "http://fake.local").pathname,
    url: request.url ?? "/",
    headers: request.headers,
    body,
  };
  if (contentType.includes("application/json") && body.length > 0) {
    recorded.json = JSON.parse(body.toString("utf8"));
  } else if (contentType.includes("multipart/form-data")) {
    recorded.form = await parseForm(new Headers({ "content-type": contentType }), body);
  }
  return recorded;
}

function send(response: ServerResponse, reply: FakeReply): void {
  const isBinary = Buffer.isBuffer(reply.body);
  const isText = typeof reply.body === "string";
  const payload =
    isBinary || isText ? (reply.body as Buffer | string) : JSON.stringify(reply.body ?? null);
  const headers = {
    ...(isBinary || isText ? {} : { "content-type": "application/json" }),
    ...reply.headers,
  };
  response.writeHead(reply.status, headers);
  response.end(payload);
}

/**
 * A local HTTP server on 127.0.0.1 and a random port that records every request under a route name
 * and answers through `handle`. The OpenAI and Replicate fakes build on it.
 */
export async function startFakeHttpServer(
  routeOf: (method: string, path: string) => string,
  handle: FakeHandler,
): Promise<FakeHttpServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://fake.local").pathname;
    void (async () => {
      const recorded = await record(routeOf(request.method ?? "GET", path), request);
      requests.push(recorded);
      const reply = await handle(recorded);
      recorded.reply = { status: reply.status, headers: reply.headers ?? {} };
      if (reply.delayMs) {
        await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      }
      if (reply.drop) {
        request.socket.destroy();
        return;
      }
      send(response, reply);
    })().catch((error: unknown) => {
      send(response, { status: 500, body: { fakeError: String(error) } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: (route) => requests.filter((request) => request.route === route).length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Replies queued per route; a route with nothing queued gets the fake's default behaviour. */
export class ReplyScript<Reply> {
  private readonly queues = new Map<string, Reply[]>();

  push(route: string, replies: Reply[]): void {
    this.queues.set(route, [...(this.queues.get(route) ?? []), ...replies]);
  }

  next(route: string): Reply | undefined {
    return this.queues.get(route)?.shift();
  }
}
