import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseEnv } from "../../src/server/config/env";
import { type Container, createContainer } from "../../src/server/container";
import { createTestDatabase } from "./test-database";
import { fastConfig, silentLogger } from "./test-engine";

export interface TestContainer {
  container: Container;
  dataDir: string;
  close(): Promise<void>;
}

/** The whole app's container on a fresh database and a temporary DATA_DIR, worker included. */
export async function createTestContainer(
  env: Record<string, string> = {},
): Promise<TestContainer> {
  const testDb = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-test-"));
  const container = await createContainer({
    env: parseEnv({ DATA_DIR: dataDir, GREENLIGHT_TEST_HOOKS: "true", ...env }),
    database: testDb.database,
    logger: silentLogger,
    engineConfig: fastConfig,
    worker: true,
  });
  return {
    container,
    dataDir,
    async close() {
      await container.close();
      await testDb.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
