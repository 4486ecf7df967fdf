import type { z } from "zod";
import type { TextContext, TextDocumentKind } from "../providers/types";
import type { ShowSettings } from "../shows/show-settings";
import type { TaskContext } from "../tasks/task-kind";
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
  name: TextDocumentKind;
  schema: z.ZodType<T>;
  /** Template slots; the show's guardrails are added for the system prompt. */
  values: Record<string, string | number>;
  textContext: TextContext;
  /** What the dock shows while writing, after the model name. */
  stage: string;
}

/** One structured document from the show's text provider, with its cost recorded. */
export async function writeDocument<T>(
  context: TaskContext<unknown>,
  services: PipelineServices,
  settings: ShowSettings,
  request: DocumentRequest<T>,
): Promise<DocumentResult<T>> {
  const provider = services.providers.text(settings.text);
  const values = { ...request.values, guardrails: settings.guardrails || "none" };
  const prompt = await renderPrompt(services.db, request.name, values);
  context.progress(0.1, `${settings.text.model} · ${request.stage}`);
  const result = await provider.generateObject({
    schema: request.schema,
    name: request.name,
    system: await renderPrompt(services.db, "system", values),
    prompt,
    context: request.textContext,
    model: settings.text.model,
    signal: context.signal,
  });
  context.setCost(result.costUsd);
  return { document: result.value, provider: provider.id, model: result.model, prompt };
}
