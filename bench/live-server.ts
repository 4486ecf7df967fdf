/**
 * One app server for `npm run bench:live`: createTaskStream (and, as the baseline, the bare bus)
 * served from a plain node http server on 127.0.0.1. Started as a child process by bench/live.ts.
 */
import http from "node:http";
import { Readable } from "node:stream";
import pino from "pino";
import { openDatabase } from "../src/server/db/client";
import { createPgNotifyBus } from "../src/server/events/pg-notify-bus";
import { createTaskStream } from "../src/server/events/task-stream";
import type { TaskEngine } from "../src/server/tasks/task-engine";

const [url, port] = process.argv.slice(2);
const logger = pino({ level: "silent" });
const database = await openDatabase({ kind: "postgres", url: url!, poolSize: 10 });
const bus = await createPgNotifyBus(url!, database.pool!, logger);
// The stream reads only these three; an app server needs no worker or queue for it.
const engine = { deps: { db: database.db, bus, logger } } as unknown as TaskEngine;

const server = http.createServer((request, response) => {
  if (request.url === "/rss") {
    // Collected first (the server runs with --expose-gc), so garbage between rounds is not
    // counted for or against the connections.
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    response.end(JSON.stringify({ rss: memory.rss, live: memory.heapUsed + memory.external }));
    return;
  }
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  if (request.url === "/bus") {
    // Baseline: every NOTIFY straight to the socket, no database read, no gap repair.
    response.write("event: snapshot\ndata: {}\n\n");
    const unsubscribe = bus.subscribe((message) => {
      if (message.type === "event") {
        response.write(
          `id: ${message.event.id}\nevent: task\ndata: ${JSON.stringify(message)}\n\n`,
        );
      }
    });
    request.on("close", unsubscribe);
    return;
  }
  const abort = new AbortController();
  request.on("close", () => abort.abort());
  Readable.fromWeb(createTaskStream({ engine, signal: abort.signal }) as never).pipe(response);
});
server.listen(Number(port), "127.0.0.1", () => process.stdout.write("ready\n"));
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close();
  void bus
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
});
