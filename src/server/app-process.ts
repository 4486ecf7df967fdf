import { getAuth } from "./auth/get-auth";
import { ConfigError } from "./config/env";
import { getContainer } from "./container";
import { handleShutdownSignals } from "./process-signals";

/**
 * Boots the app server's container and ties its life to the process: SIGTERM/SIGINT stop the
 * worker gracefully (running handlers get their grace period, then hand over) and exit 0; a later
 * second signal exits at once (see process-signals.ts).
 */
export async function startAppProcess(): Promise<void> {
  let container: Awaited<ReturnType<typeof getContainer>>;
  try {
    container = await getContainer();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`\n${error.message}\n\n`);
      process.exit(1);
    }
    throw error;
  }
  // Accounts at start: the secret is made (or read) now, and a headless install's owner
  // (OWNER_EMAIL + OWNER_PASSWORD) exists before the first request.
  await getAuth(container);
  container.logger.info(
    { database: container.database.kind, worker: container.env.WORKER },
    "greenlight is ready",
  );
  // Next.js leaves SIGTERM/SIGINT to us (scripts/start.mjs sets NEXT_MANUAL_SIG_HANDLE): its own
  // handler would exit 143 before running tasks are handed over.
  handleShutdownSignals({ logger: container.logger, stop: () => container.close() });
}
