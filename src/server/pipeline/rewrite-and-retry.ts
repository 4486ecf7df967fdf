import { AppError } from "../errors";
import { loadShow } from "../shows/show-records";
import { parseShowSettings } from "../shows/show-settings";
import type { TaskDetail } from "../tasks/read-tasks";
import type { TaskEngine } from "../tasks/task-engine";
import {
  promptOverrideOf,
  REWRITE_LEVELS,
  type RewriteLevel,
  rewritePrompt,
} from "./moderation-rewrite";
import type { PipelineServices } from "./pipeline-services";

export interface RewriteProposal {
  taskId: string;
  /** The prompt moderation blocked last. */
  before: string;
  /** The text provider's rewrite, one level stronger than the last one tried. */
  proposed: string;
  level: RewriteLevel;
  levelLabel: string;
}

/** Whether a finished task may be rewritten: it failed on a moderation block or a refusal. */
export const canRewrite = (task: Pick<TaskDetail, "status" | "error">): boolean =>
  task.status === "failed" && (task.error?.code === "moderation" || task.error?.code === "refusal");

/**
 * What "Rewrite and retry" proposes for a task moderation blocked: the blocked prompt (from the
 * timeline, where the handler logged it) rewritten one level stronger than before.
 */
export async function proposeRewrite(
  services: PipelineServices,
  engine: TaskEngine,
  taskId: string,
): Promise<RewriteProposal> {
  const task = await engine.get(taskId);
  if (!canRewrite(task)) {
    throw new AppError(
      "conflict",
      "Only a task that moderation blocked can be rewritten; retry it instead",
    );
  }
  const before = findBlockedPrompt(task);
  if (!before) {
    throw new AppError("conflict", "This task's blocked prompt is not known; retry it instead");
  }
  const rewrites = task.events.filter(
    (event) => typeof (event.data as { after?: unknown } | null)?.after === "string",
  ).length;
  const level = Math.min(3, rewrites + 1) as RewriteLevel;
  const show = await loadShow(services.db, task.showId);
  const proposed = await rewritePrompt(
    services,
    parseShowSettings(show.settings),
    { taskId: task.id, showId: task.showId, kind: task.kind },
    before,
    level,
  );
  return { taskId, before, proposed, level, levelLabel: REWRITE_LEVELS[level] };
}

/**
 * A new version of a blocked task with the user's prompt (or, without one, the proposed rewrite)
 * as its `promptOverride`; its timeline opens with the diff. The autopilot's Retry can call this
 * for a task whose error is `moderation`.
 */
export async function rewriteAndRetry(
  services: PipelineServices,
  engine: TaskEngine,
  taskId: string,
  prompt?: string,
) {
  const proposal = prompt?.trim() ? null : await proposeRewrite(services, engine, taskId);
  const task = await engine.get(taskId);
  if (!canRewrite(task)) {
    throw new AppError("conflict", "Only a task that moderation blocked can be rewritten");
  }
  const before =
    proposal?.before ??
    findBlockedPrompt(task) ??
    promptOverrideOf(task.input).promptOverride ??
    undefined;
  const after = proposal?.proposed ?? prompt?.trim() ?? "";
  return engine.request({
    showId: task.showId,
    kind: task.kind,
    target: task.target || null,
    input: {
      ...(task.input as object),
      promptOverride: after,
      ...(before ? { rewrittenFrom: before } : {}),
    },
    title: task.title,
    source: "rewrite",
  });
}

function findBlockedPrompt(task: TaskDetail): string | undefined {
  for (const event of [...task.events].reverse()) {
    const data = event.data as { blockedPrompt?: unknown } | null;
    if (typeof data?.blockedPrompt === "string") {
      return data.blockedPrompt;
    }
  }
  return undefined;
}
