/**
 * A real `npm run worker` process for the database-restart test: the app's container on
 * DATABASE_URL with the test-only `slow_step` kind, printing every task event as a JSON line.
 */
import { parseEnv } from "../../src/server/config/env";
import { createContainer } from "../../src/server/container";
import { fastConfig, silentLogger } from "../helpers/test-engine";
import { slowStepKind } from "./slow-step-kind";

const container = await createContainer({
  env: parseEnv(process.env),
  logger: silentLogger,
  engineConfig: fastConfig,
  worker: true,
  extraKinds: [slowStepKind],
});
container.bus.subscribe((message) => {
  if (message.type === "event") {
    const { event, task } = message;
    process.stdout.write(
      `${JSON.stringify({ type: event.type, kind: task.kind, taskId: task.id, status: task.status })}\n`,
    );
  }
});
process.stdout.write(`${JSON.stringify({ type: "ready", pid: process.pid })}\n`);
