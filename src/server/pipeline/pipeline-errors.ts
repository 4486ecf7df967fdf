import { ProviderError } from "../providers/provider-error";
import type { ShowSettings } from "../shows/show-settings";
import type { TaskDto } from "../tasks/task-dto";

/** A step that cannot run yet or with this input: terminal, with what the user should do. */
export class PipelineStepError extends Error {
  readonly code = "precondition";
  readonly retryable = false;
  readonly userMessage: string;
  constructor(userMessage: string) {
    super(userMessage);
    this.name = "PipelineStepError";
    this.userMessage = userMessage;
  }
}

/**
 * The test hook behind `settings.testFailures`: fails the first versions of the listed kinds so
 * browser tests can see a failure and a successful Retry. Inert unless GREENLIGHT_TEST_HOOKS is on.
 */
export function failForTestIfAsked(
  hooksEnabled: boolean,
  settings: ShowSettings,
  task: TaskDto,
): void {
  const plan = settings.testFailures;
  if (!hooksEnabled || !plan?.kinds.includes(task.kind) || task.version > plan.versions) {
    return;
  }
  throw new ProviderError({
    provider: "offline",
    code: "job_failed",
    userMessage: `The offline provider failed on purpose (test hook) for version ${task.version}; Retry makes a new version`,
  });
}
