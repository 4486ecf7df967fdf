import { ConfigError } from "./config/env";
import { getContainer } from "./container";

/**
 * Boots the app server's container and ties its life to the process: SIGTERM/SIGINT stop the
 * worker gracefully (running handlers get their grace period, then hand over); a second signal
 * exits at once.
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
  container.logger.info(
    { database: container.database.kind, worker: container.env.WORKER },
    "greenlight is ready",
  );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      process.exit(130);
    }
    stopping = true;
    container.logger.info({ signal }, "shutting down; press Ctrl+C again to force");
    container
      .close()
      .catch((error: unknown) => container.logger.error({ err: error }, "shutdown failed"))
      .finally(() => process.exit(0));
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}
