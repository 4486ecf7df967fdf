import path from "node:path";
import type { PgBoss } from "pg-boss";
import { type Env, loadEnv } from "./config/env";
import { type Database, type Db, openDatabase } from "./db/client";
import { lockDataDir } from "./db/data-dir-lock";
import { runMigrations } from "./db/migrate";
import { createInProcessBus } from "./events/in-process-bus";
import { createPgNotifyBus } from "./events/pg-notify-bus";
import type { TaskBus } from "./events/task-bus";
import { createLogger, type Logger } from "./logger";
import { registerPipeline } from "./pipeline/register-pipeline";
import {
  createConfiguredAdapters,
  createProviderCatalog,
  type ProviderCatalog,
} from "./providers/configured-adapters";
import { nudgeVideoJob } from "./providers/limits/poll-nudges";
import { createProviderRegistry, type ProviderRegistry } from "./providers/provider-registry";
import { createConfiguredMedia } from "./storage/configured-media-store";
import type { MediaStore } from "./storage/media-store";
import type { MediaRedirect } from "./storage/serve-media";
import type { EngineConfig } from "./tasks/engine-deps";
import { KindRegistry } from "./tasks/kind-registry";
import { startReaperLoop } from "./tasks/reaper-loop";
import { startBoss } from "./tasks/start-boss";
import { TaskEngine } from "./tasks/task-engine";
import type { AnyTaskKind } from "./tasks/task-kind";

/** Everything the app, the worker and the CLI use, built once per process. */
export interface Container {
  env: Env;
  logger: Logger;
  database: Database;
  db: Db;
  boss: PgBoss;
  bus: TaskBus;
  engine: TaskEngine;
  media: MediaStore;
  /** MEDIA_DELIVERY=presigned: media GETs redirect to the bucket; null when the app streams. */
  mediaRedirect: MediaRedirect | null;
  providers: ProviderRegistry;
  /** Prices (defaults with PROVIDER_PRICES over them) and Replicate models, built once. */
  catalog: ProviderCatalog;
  close(): Promise<void>;
}

export interface ContainerOptions {
  env: Env;
  logger?: Logger;
  /** Tests pass their own database; otherwise PGlite under DATA_DIR/db or DATABASE_URL. */
  database?: Database;
  engineConfig?: Partial<EngineConfig>;
  /** Run task handlers in this process (the embedded app, `npm run worker`, the CLI). */
  worker: boolean;
  /** Kinds beyond the pipeline's: crash tests run a kind whose provider counts submissions. */
  extraKinds?: AnyTaskKind[];
}

export async function createContainer(options: ContainerOptions): Promise<Container> {
  const { env } = options;
  const logger = options.logger ?? createLogger(env.LOG_LEVEL);
  const dbDir = path.join(env.dataDir, "db");
  const unlock = !options.database && !env.DATABASE_URL ? lockDataDir(dbDir) : () => {};
  const database =
    options.database ??
    (env.DATABASE_URL
      ? await openDatabase({ kind: "postgres", url: env.DATABASE_URL })
      : await openDatabase({ kind: "pglite", dataDir: dbDir }));
  // If start-up fails half-way (the database restarted under it), what was opened is closed
  // again, so the caller can simply try once more.
  const undo: (() => Promise<unknown>)[] = [];
  const undoAll = async () => {
    for (const step of undo.reverse()) {
      await step().catch(() => {});
    }
  };
  if (!options.database) {
    undo.push(async () => {
      await database.close();
      unlock();
    });
  }
  let boss: PgBoss;
  let bus: TaskBus;
  try {
    await runMigrations(database);
    boss = await startBoss(database, logger);
    const started = boss;
    undo.push(() => started.stop({ graceful: false, close: database.kind === "postgres" }));
    bus =
      database.kind === "postgres"
        ? await createPgNotifyBus(database.url!, database.pool!, logger)
        : createInProcessBus();
    const opened = bus;
    undo.push(() => opened.close());
  } catch (error) {
    await undoAll();
    throw error;
  }
  const { media, mediaRedirect } = createConfiguredMedia(env);
  const kinds = new KindRegistry();
  const engine = new TaskEngine({
    db: database.db,
    boss,
    bus,
    kinds,
    logger,
    config: {
      heartbeatMs: env.TASK_HEARTBEAT_SECONDS * 1000,
      staleAfterMs: env.TASK_STALE_AFTER_SECONDS * 1000,
      ...options.engineConfig,
    },
  });
  const catalog = createProviderCatalog(env);
  const providers = createProviderRegistry(createConfiguredAdapters(env, catalog, media));
  registerPipeline(kinds, { env, logger, db: database.db, media, providers });
  for (const kind of options.extraKinds ?? []) {
    kinds.register(kind);
  }
  await engine.prepareQueues().catch(async (error: unknown) => {
    await undoAll();
    throw error;
  });
  // A provider webhook may reach any app server; the attempt polling that job may run in another
  // process. The nudge travels the bus (LISTEN/NOTIFY on PostgreSQL) and wakes it wherever it is.
  bus.subscribe((message) => {
    if (message.type === "job_nudge") {
      nudgeVideoJob(message.jobId);
    }
  });
  if (options.worker) {
    // Embedded PGlite has one process, so whatever is "running" at start is left from a crash.
    await engine
      .startWorker({ resumeAllRunningOnStart: database.kind === "pglite" })
      .catch(async (error: unknown) => {
        await engine.stopWorker({ force: true }).catch(() => {});
        await undoAll();
        throw error;
      });
  }
  // Every process reaps, WORKER=off app servers too: a dead worker's tasks resume even while no
  // worker is up. On PostgreSQL an advisory lock lets one pass run at a time across processes.
  const reaper = startReaperLoop(engine.deps, { exclusive: database.kind === "postgres" });
  let closing: Promise<void> | null = null;
  return {
    env,
    logger,
    database,
    db: database.db,
    boss,
    bus,
    engine,
    media,
    mediaRedirect,
    providers,
    catalog,
    close() {
      closing ??= (async () => {
        await reaper.stop();
        await engine.stopWorker();
        await providers.close();
        await boss.stop({ graceful: false, close: database.kind === "postgres" });
        await bus.close();
        // A database passed in (tests) belongs to whoever opened it.
        if (!options.database) {
          await database.close();
        }
        unlock();
      })();
      return closing;
    },
  };
}

const globalKey = Symbol.for("greenlight.container");
type GlobalWithContainer = typeof globalThis & { [globalKey]?: Promise<Container> };

/**
 * The process-wide container. Next.js may load route modules in separate module graphs, so the
 * instance lives on globalThis; the first caller (instrumentation at boot) creates it.
 */
export function getContainer(): Promise<Container> {
  const holder = globalThis as GlobalWithContainer;
  holder[globalKey] ??= (() => {
    const env = loadEnv();
    return createContainer({ env, worker: env.WORKER === "embedded" });
  })().catch((error: unknown) => {
    // The database may be down at the first request: the next one tries again, not this failure.
    delete holder[globalKey];
    throw error;
  });
  return holder[globalKey];
}

/** Tests install a container built on their own database. */
export function setContainer(container: Container | null): void {
  const holder = globalThis as GlobalWithContainer;
  if (container) {
    holder[globalKey] = Promise.resolve(container);
  } else {
    delete holder[globalKey];
  }
}
