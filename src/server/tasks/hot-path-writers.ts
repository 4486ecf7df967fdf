import type { EngineDeps } from "./engine-deps";
import { GroupCommit } from "./group-commit";
import {
  type ChangedTask,
  type ClaimValues,
  claimStatement,
  type NewTaskValues,
  publishAll,
  type SuccessValues,
  succeedStatement,
} from "./hot-path-statements";
import { type RequestTaskResult, writeRequests } from "./request-task";

/** The engine's hot-path writes, each grouped into one statement per batch of concurrent calls. */
export interface HotPathWriters {
  requests: GroupCommit<NewTaskValues, RequestTaskResult | null>;
  claims: GroupCommit<ClaimValues, ChangedTask | null>;
  successes: GroupCommit<SuccessValues, ChangedTask | null>;
}

export function createHotPathWriters(deps: Omit<EngineDeps, "writes">): HotPathWriters {
  const options = (what: string) => ({
    onBatchFailed: (error: unknown, size: number) =>
      deps.logger.warn({ err: error, size }, `a batch of ${what} failed; writing each on its own`),
  });
  return {
    requests: new GroupCommit((batch) => writeRequests(deps, batch), options("requests")),
    claims: new GroupCommit(
      async (batch) => publishAll(deps, await claimStatement(deps.db, batch)),
      options("claims"),
    ),
    successes: new GroupCommit(
      async (batch) => publishAll(deps, await succeedStatement(deps.db, batch)),
      options("successes"),
    ),
  };
}
