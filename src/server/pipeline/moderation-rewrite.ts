import { z } from "zod";
import { ProviderError } from "../providers/provider-error";
import { safeText } from "../shows/safe-text";
import type { ShowSettings } from "../shows/show-settings";
import { textLimits } from "../shows/text-limits";
import { recordCallSpendSafely } from "../spend/job-ledger";
import type { TaskContext } from "../tasks/task-kind";
import type { PipelineServices } from "./pipeline-services";

/**
 * Moderation recovery: a prompt a provider's safety system blocked (or a model refused) is
 * rewritten by the show's text provider, stronger on each try, and tried again. With autopilot on,
 * up to two rewrites happen inside the attempt before the task fails; by hand, "Rewrite and retry"
 * (shows/rewrite-task.ts) makes a new version with the proposed or edited prompt.
 */

export type RewriteLevel = 1 | 2 | 3;

export const REWRITE_LEVELS: Record<RewriteLevel, string> = {
  1: "softened",
  2: "dropped named people, weapons and gore",
  3: "abstracted the scene",
};

/** Rewrites autopilot makes by itself; the next block fails the task. */
export const MAX_AUTO_REWRITES = 2;

export const BLOCKED_THREE_TIMES =
  "Blocked by moderation three times; edit the prompt and try again";

export const isPolicyBlock = (error: unknown): error is ProviderError =>
  error instanceof ProviderError && (error.code === "moderation" || error.code === "refusal");

/** The optional input every prompt-driven kind accepts: a prompt that replaces its template's. */
export const promptOverrideInput = z
  .object({
    promptOverride: safeText(textLimits.template).trim().min(1).optional(),
    /** The blocked prompt the override replaces, for the timeline's diff. */
    rewrittenFrom: safeText(textLimits.template).optional(),
  })
  .strict();
export type PromptOverrideInput = z.infer<typeof promptOverrideInput>;

export function promptOverrideOf(input: unknown): PromptOverrideInput {
  const parsed = promptOverrideInput.safeParse(input);
  return parsed.success ? parsed.data : {};
}

const rewriteSchema = z.object({ prompt: safeText(textLimits.prompt, 1) });

const rewriteInstructions: Record<RewriteLevel, string> = {
  1: "Soften it: replace violent or graphic words with milder ones, keep everything else.",
  2: "Remove every named or real person, every weapon and any gore or injury; keep the setting and mood.",
  3: "Abstract the scene: describe only mood, light, shape and colour, with no people or action.",
};

/** One rewrite by the show's text provider; the call is a ledger row like any other paid call. */
export async function rewritePrompt(
  services: PipelineServices,
  settings: ShowSettings,
  payer: { taskId: string; showId: string; kind: string },
  prompt: string,
  level: RewriteLevel,
  signal?: AbortSignal,
): Promise<string> {
  const provider = services.providers.text(settings.text);
  const result = await provider.generateObject({
    schema: rewriteSchema,
    name: "prompt_rewrite",
    system:
      "You rewrite image and video prompts that a content policy blocked so that they stay within policy. Answer with the rewritten prompt only.",
    prompt: `${rewriteInstructions[level]}\n\nPrompt:\n${prompt}`,
    context: { kind: "prompt_rewrite", prompt, level },
    model: settings.text.model,
    ...(signal ? { signal } : {}),
  });
  if (result.costUsd > 0) {
    await recordCallSpendSafely(services.db, services.logger, {
      ...payer,
      provider: provider.id,
      model: result.model,
      costUsd: result.costUsd,
    });
  }
  return result.value.prompt.trim();
}

export interface ModerationRun {
  settings: ShowSettings;
  autopilot: boolean;
  /** The prompt the kind's template gave; the task's `promptOverride` input replaces it. */
  prompt: string;
}

/**
 * Runs `call` with the prompt; on a policy block, rewrites and calls again (autopilot only, at most
 * MAX_AUTO_REWRITES times). Each rewrite goes in the timeline with `{ before, after }`; the final
 * block logs the prompt it blocked (`blockedPrompt`), which "Rewrite and retry" starts from.
 * `call` gets a context whose `lastCheckpoint` follows this attempt's checkpoints, so a paid job
 * dropped after its block is not resumed by the next call.
 */
export async function withModerationRewrites<T>(
  context: TaskContext<unknown>,
  services: PipelineServices,
  run: ModerationRun,
  call: (prompt: string, context: TaskContext<unknown>) => Promise<T>,
): Promise<T> {
  const tracked = followCheckpoints(context);
  const override = promptOverrideOf(context.input);
  let prompt = override.promptOverride ?? run.prompt;
  if (override.promptOverride && context.task.attempt <= 1 && context.lastCheckpoint == null) {
    await context.log("Using the rewritten prompt", {
      before: override.rewrittenFrom ?? run.prompt,
      after: override.promptOverride,
    });
  }
  for (let rewrites = 0; ; rewrites += 1) {
    try {
      refuseForTest(services, run.settings, prompt);
      return await call(prompt, tracked);
    } catch (error) {
      if (!isPolicyBlock(error) || context.signal.aborted) {
        throw error;
      }
      if (!run.autopilot || rewrites >= MAX_AUTO_REWRITES) {
        const final = rewrites >= MAX_AUTO_REWRITES;
        await context.log(
          final ? BLOCKED_THREE_TIMES : `Blocked by ${error.code}: ${error.userMessage}`,
          { blockedPrompt: prompt, rewrites },
        );
        throw final
          ? new ProviderError({
              provider: error.provider,
              code: error.code,
              userMessage: BLOCKED_THREE_TIMES,
              ...(error.requestId ? { requestId: error.requestId } : {}),
              cause: error,
            })
          : error;
      }
      const level = (rewrites + 1) as RewriteLevel;
      const after = await rewritePrompt(
        services,
        run.settings,
        { taskId: context.task.id, showId: context.task.showId, kind: context.task.kind },
        prompt,
        level,
        context.signal,
      );
      await context.log(
        `Blocked by ${error.code} (${error.userMessage}); rewrote the prompt (${REWRITE_LEVELS[level]}) and tried again`,
        { before: prompt, after, level },
      );
      prompt = after;
    }
  }
}

function followCheckpoints(context: TaskContext<unknown>): TaskContext<unknown> {
  let last = context.lastCheckpoint;
  return {
    ...context,
    get lastCheckpoint() {
      return last;
    },
    async checkpoint(data, message) {
      await context.checkpoint(data, message);
      last = data;
    },
  };
}

/** GREENLIGHT_TEST_HOOKS only: the offline providers refuse as a moderation system would. */
function refuseForTest(services: PipelineServices, settings: ShowSettings, prompt: string): void {
  const hook = settings.testModeration;
  if (!services.env.GREENLIGHT_TEST_HOOKS || !hook) {
    return;
  }
  const words = new Set(prompt.toLowerCase().match(/[a-z']+/g) ?? []);
  if (hook.all || hook.words.some((word) => words.has(word.toLowerCase()))) {
    throw new ProviderError({
      provider: "offline",
      code: "moderation",
      userMessage: "The prompt was blocked by the provider's safety system (test hook)",
    });
  }
}
