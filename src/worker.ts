/**
 * `npm run worker`: a standalone task worker for the scaled shape (PostgreSQL via DATABASE_URL).
 * Run as many as you like on any machines; they share the queue and resume each other's tasks.
 */
import { ConfigError, loadEnv } from "./server/config/env";
import { createContainer } from "./server/container";
import { handleShutdownSignals } from "./server/process-signals";
import { startWhenDatabaseIsUp } from "./server/start-when-database-is-up";

async function main(): Promise<void> {
  const env = loadEnv();
  if (!env.DATABASE_URL) {
    throw new ConfigError(
      "npm run worker needs DATABASE_URL: the embedded PGlite database belongs to the app process (npm start runs its own worker).",
    );
  }
  const container = await startWhenDatabaseIsUp(() => createContainer({ env, worker: true }));
  container.logger.info({ workerId: container.engine.worker?.id }, "worker running");
  // One graceful stop per SIGTERM/SIGINT, however many processes of the chain relay it.
  handleShutdownSignals({ logger: container.logger, stop: () => container.close() });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
