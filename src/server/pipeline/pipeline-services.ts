import type { Env } from "../config/env";
import type { Db } from "../db/client";
import type { Logger } from "../logger";
import type { ProviderRegistry } from "../providers/provider-registry";
import type { MediaStore } from "../storage/media-store";

/** What pipeline handlers need; built once by the container. */
export interface PipelineServices {
  env: Env;
  logger: Logger;
  db: Db;
  media: MediaStore;
  providers: ProviderRegistry;
}
