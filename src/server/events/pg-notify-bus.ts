import { EventEmitter } from "node:events";
import pg from "pg";
import type { Logger } from "../logger";
import type { TaskBus, TaskBusListener, TaskBusMessage } from "./task-bus";

const CHANNEL = "greenlight_tasks";
// NOTIFY payloads are limited to 8000 bytes; messages are trimmed well below that.
const MAX_PAYLOAD = 7_500;
const RECONNECT_DELAY_MS = 1_000;

function encode(message: TaskBusMessage): string {
  let payload = JSON.stringify(message);
  if (payload.length > MAX_PAYLOAD && message.type === "event") {
    const event = { ...message.event, data: null, message: message.event.message.slice(0, 500) };
    payload = JSON.stringify({ ...message, event });
  }
  return payload;
}

/**
 * PostgreSQL LISTEN/NOTIFY fan-out: every process publishes with pg_notify and receives on one
 * dedicated LISTEN connection, its own messages included, so local and remote subscribers see the
 * same ordered stream. A dropped listener reconnects and then tells `onReconnect` listeners:
 * whatever was notified meanwhile is lost, and the live feed reads `task_events` to fill the gap.
 */
export async function createPgNotifyBus(
  url: string,
  publishPool: pg.Pool,
  logger: Logger,
): Promise<TaskBus> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let client: pg.Client | null = null;
  let closed = false;
  let connected = false;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    // A terminated backend may end the connection without an error event; either way, once.
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost || closed) {
        return;
      }
      lost = true;
      logger.warn({ err: error }, "task notification listener lost its connection");
      if (client === next) {
        scheduleReconnect();
      } else {
        next.end().catch(() => {});
      }
    };
    next.on("notification", (notification) => {
      if (notification.channel !== CHANNEL || !notification.payload) {
        return;
      }
      try {
        emitter.emit("message", JSON.parse(notification.payload) as TaskBusMessage);
      } catch (error) {
        logger.warn({ err: error }, "dropped an unreadable task notification");
      }
    });
    next.on("error", onLost);
    next.on("end", () => onLost());
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      lost = true;
      next.end().catch(() => {});
      throw error;
    }
    client = next;
    if (connected) {
      emitter.emit("reconnect");
    }
    connected = true;
  };

  const scheduleReconnect = () => {
    const lost = client;
    client = null;
    lost?.end().catch(() => {});
    if (closed) {
      return;
    }
    setTimeout(() => {
      if (!closed) {
        connect().catch(() => scheduleReconnect());
      }
    }, RECONNECT_DELAY_MS).unref();
  };

  await connect();

  // Messages published in the same tick go out in one round trip; under load this turns one
  // query per event into one per batch, in order.
  // Batches go out one after another: two in flight on different pool connections could reach
  // the server, and so every listener, in the wrong order.
  let batch: string[] = [];
  let sending: Promise<void> = Promise.resolve();
  const flush = () => {
    const payloads = batch;
    batch = [];
    sending = sending.then(() =>
      publishPool
        .query(
          "select pg_notify($1, payload) from unnest($2::text[]) with ordinality as t(payload, n) order by n",
          [CHANNEL, payloads],
        )
        .then(() => undefined)
        .catch((error: unknown) => logger.warn({ err: error }, "could not publish task events")),
    );
  };

  return {
    publish(message: TaskBusMessage) {
      batch.push(encode(message));
      if (batch.length === 1) {
        setImmediate(flush);
      }
    },
    subscribe(listener: TaskBusListener) {
      emitter.on("message", listener);
      return () => emitter.off("message", listener);
    },
    onReconnect(listener: () => void) {
      emitter.on("reconnect", listener);
      return () => emitter.off("reconnect", listener);
    },
    async close() {
      closed = true;
      emitter.removeAllListeners();
      await client?.end().catch(() => {});
      client = null;
    },
  };
}
