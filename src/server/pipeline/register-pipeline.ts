import type { Env } from "../config/env";
import type { Db } from "../db/client";
import type { Logger } from "../logger";
import type { MediaStore } from "../storage/media-store";
import type { KindRegistry } from "../tasks/kind-registry";
import type { TaskEngine } from "../tasks/task-engine";

export interface PipelineServices {
  env: Env;
  logger: Logger;
  db: Db;
  media: MediaStore;
  kinds: KindRegistry;
  engine: TaskEngine;
}

export function registerPipeline(_services: PipelineServices): void {}
