/**
 * `npm run worker`: a standalone task worker for the scaled shape (PostgreSQL via DATABASE_URL).
 * Run as many as you like on any machines; they share the queue and resume each other's tasks.
 */
import { ConfigError, loadEnv } from "./server/config/env";
import { createContainer } from "./server/container";

async function main(): Promise<void> {
  const env = loadEnv();
  if (!env.DATABASE_URL) {
    throw new ConfigError(
      "npm run worker needs DATABASE_URL: the embedded PGlite database belongs to the app process (npm start runs its own worker).",
    );
  }
  const container = await createContainer({ env, worker: true });
  container.logger.info({ workerId: container.engine.worker?.id }, "worker running");
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      container.logger.warn({ signal }, "forced exit");
      process.exit(130);
    }
    stopping = true;
    container.logger.info({ signal }, "stopping: no new tasks; running ones get a grace period");
    void container.close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
