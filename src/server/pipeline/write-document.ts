import type { z } from "zod";
import type { TextContext, TextDocumentKind } from "../providers/types";
import { loadShow } from "../shows/show-records";
import type { ShowSettings } from "../shows/show-settings";
import { recordCallSpendSafely } from "../spend/job-ledger";
import type { TaskContext } from "../tasks/task-kind";
import { withModerationRewrites } from "./moderation-rewrite";
import type { PipelineServices } from "./pipeline-services";
import { renderPrompt } from "./prompt-templates";

export interface DocumentResult<T> {
  document: T;
  provider: string;
  model: string;
  prompt: string;
}

export interface DocumentRequest<T> {
  /** The document kind: also the name of its prompt template. */
  name: Exclude<TextDocumentKind, "prompt_rewrite">;
  schema: z.ZodType<T>;
  /** Template slots; the show's guardrails are added for the system prompt. */
  values: Record<string, string | number>;
  textContext: TextContext;
  /** What the dock shows while writing, after the model name. */
  stage: string;
}

/**
 * One structured document from the show's text provider, with its cost recorded (the task's and a
 * spend ledger row per call); a refused prompt is rewritten and asked again (moderation-rewrite.ts).
 */
export async function writeDocument<T>(
  context: TaskContext<unknown>,
  services: PipelineServices,
  settings: ShowSettings,
  request: DocumentRequest<T>,
): Promise<DocumentResult<T>> {
  const provider = services.providers.text(settings.text);
  const values = { ...request.values, guardrails: settings.guardrails || "none" };
  const rendered = await renderPrompt(services.db, request.name, values);
  const system = await renderPrompt(services.db, "system", values);
  const show = await loadShow(services.db, context.task.showId);
  let spentUsd = 0;
  return withModerationRewrites(
    context,
    services,
    { settings, autopilot: show.autopilot, prompt: rendered },
    async (prompt) => {
      context.progress(0.1, `${settings.text.model} · ${request.stage}`);
      const result = await provider.generateObject({
        schema: request.schema,
        name: request.name,
        system,
        prompt,
        context: request.textContext,
        model: settings.text.model,
        signal: context.signal,
      });
      if (result.costUsd > 0) {
        await recordCallSpendSafely(services.db, context.logger, {
          taskId: context.task.id,
          showId: context.task.showId,
          kind: context.task.kind,
          provider: provider.id,
          model: result.model,
          costUsd: result.costUsd,
        });
      }
      spentUsd += result.costUsd;
      context.setCost(spentUsd);
      return { document: result.value, provider: provider.id, model: result.model, prompt };
    },
  );
}
