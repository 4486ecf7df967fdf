/**
 * The chaos run's app server: the app's own route handlers (the ones the run calls) served over
 * node:http in a child process with WORKER=off, instead of `next start`. A `next build` takes
 * minutes on the 2-core machine and rebuilds whenever anyone touches src/; the handlers, the
 * container and the SSE stream are the same code either way, and Next adds nothing the faults
 * exercise. Prints one JSON line `{"listening":port}` when ready.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as showRoutes from "../../src/app/api/shows/[id]/route";
import * as showsRoutes from "../../src/app/api/shows/route";
import * as taskRoutes from "../../src/app/api/tasks/[id]/route";
import * as streamRoutes from "../../src/app/api/tasks/stream/route";
import { createApiKey } from "../../src/server/auth/api-keys";
import { findOwnerId } from "../../src/server/auth/create-owner";
import { getAuth } from "../../src/server/auth/get-auth";
import { getContainer } from "../../src/server/container";

type Handler = (
  request: Request,
  context: { params: Promise<{ id: string }> },
) => Promise<Response>;

const routes: Array<{ method: string; pattern: RegExp; handler: Handler }> = [
  { method: "POST", pattern: /^\/api\/shows$/, handler: showsRoutes.POST },
  { method: "GET", pattern: /^\/api\/shows$/, handler: showsRoutes.GET },
  { method: "GET", pattern: /^\/api\/tasks\/stream$/, handler: streamRoutes.GET },
  { method: "GET", pattern: /^\/api\/tasks\/([^/]+)$/, handler: taskRoutes.GET as Handler },
  { method: "GET", pattern: /^\/api\/shows\/([^/]+)$/, handler: showRoutes.GET as Handler },
];

async function serve(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
  const route = routes.find(
    (candidate) => candidate.method === incoming.method && candidate.pattern.test(url.pathname),
  );
  if (!route) {
    outgoing.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) {
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === "string") {
      headers.set(name, value);
    }
  }
  // The SSE stream unsubscribes when the request's signal aborts: abort it when the client leaves.
  const gone = new AbortController();
  outgoing.on("close", () => gone.abort());
  const id = decodeURIComponent(url.pathname.match(route.pattern)?.[1] ?? "");
  const response = await route.handler(
    new Request(url, {
      method: incoming.method,
      headers,
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
      signal: gone.signal,
    }),
    { params: Promise.resolve({ id }) },
  );
  outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()));
  if (!response.body) {
    outgoing.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || outgoing.destroyed) {
        break;
      }
      outgoing.write(value);
    }
  } finally {
    await reader.cancel().catch(() => {});
    outgoing.end();
  }
}

async function main(): Promise<void> {
  const container = await getContainer();
  const server = createServer((incoming, outgoing) => {
    serve(incoming, outgoing).catch((error: unknown) => {
      container.logger.error({ err: error, url: incoming.url }, "chaos app server: request failed");
      if (!outgoing.headersSent) {
        outgoing.writeHead(500);
      }
      outgoing.end();
    });
  });
  // Accounts: the run acts as the owner (OWNER_EMAIL/OWNER_PASSWORD, created at start as a
  // headless install's would be) through an API key, like a script against a real server.
  const auth = await getAuth(container);
  const ownerId = await findOwnerId(container.db);
  if (!ownerId) {
    throw new Error("chaos app server: no owner; set OWNER_EMAIL and OWNER_PASSWORD");
  }
  const { key } = await createApiKey(auth, ownerId, "chaos run");
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.stdout.write(
    `${JSON.stringify({ listening: (server.address() as AddressInfo).port, apiKey: key })}\n`,
  );
  const stop = () => {
    server.closeAllConnections();
    void container.close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
