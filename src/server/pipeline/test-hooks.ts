import { ProviderError } from "../providers/provider-error";
import type { ShowSettings } from "../shows/show-settings";
import type { TaskContext } from "../tasks/task-kind";

/**
 * Test hooks behind show settings, honoured only with GREENLIGHT_TEST_HOOKS=true, so browser tests
 * can hold a task in the running state (`testDelays`) or make it fail (`testFailures`, for the
 * first `versions` versions, so Retry then succeeds) without timing races.
 */
export async function applyTestHooks(
  hooksEnabled: boolean,
  settings: ShowSettings,
  context: TaskContext<unknown>,
): Promise<void> {
  if (!hooksEnabled) {
    return;
  }
  const { task } = context;
  const delay = settings.testDelays;
  if (delay?.kinds.includes(task.kind)) {
    const until = Date.now() + delay.seconds * 1000;
    while (Date.now() < until) {
      const left = Math.ceil((until - Date.now()) / 1000);
      context.progress(0.01, `Held by a test delay · ${left}s`);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, Math.min(500, until - Date.now()));
        context.signal.addEventListener(
          "abort",
          () => {
            clearTimeout(timer);
            reject(context.signal.reason);
          },
          { once: true },
        );
      });
    }
  }
  const failures = settings.testFailures;
  const targeted = !failures?.targets || failures.targets.includes(task.target ?? "");
  if (failures?.kinds.includes(task.kind) && task.version <= failures.versions && targeted) {
    throw new ProviderError({
      provider: "offline",
      code: failures.moderation ? "moderation" : "job_failed",
      userMessage: failures.moderation
        ? "Blocked by moderation (test hook)"
        : `The offline provider failed on purpose (test hook) for version ${task.version}; Retry makes a new version`,
    });
  }
}
