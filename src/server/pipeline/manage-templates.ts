import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../db/client";
import { promptTemplates } from "../db/schema";
import { invalidInput } from "../errors";
import { safeText } from "../shows/safe-text";
import { textLimits } from "../shows/text-limits";
import { defaultPromptTemplates, type PromptKey } from "./prompt-templates";

export interface PromptTemplateView {
  key: PromptKey;
  body: string;
  defaultBody: string;
  customized: boolean;
}

// Own keys only: `in` also finds `__proto__`, `constructor` and the rest of Object.prototype.
const isPromptKey = (key: string): key is PromptKey => Object.hasOwn(defaultPromptTemplates, key);

function assertKey(key: string): PromptKey {
  if (!isPromptKey(key)) {
    throw invalidInput(
      "key",
      `unknown template "${key}" (known: ${Object.keys(defaultPromptTemplates).join(", ")})`,
    );
  }
  return key;
}

/** Every prompt template with its current body and whether it differs from the default. */
export async function listPromptTemplates(db: Executor): Promise<PromptTemplateView[]> {
  const rows = await db.select().from(promptTemplates);
  const custom = new Map(rows.map((row) => [row.key, row.body]));
  return (Object.keys(defaultPromptTemplates) as PromptKey[]).map((key) => ({
    key,
    body: custom.get(key) ?? defaultPromptTemplates[key],
    defaultBody: defaultPromptTemplates[key],
    customized: custom.has(key),
  }));
}

export const templateBodySchema = z.object({
  body: safeText(textLimits.template).trim().min(10),
});

/** Replaces a template for every show; the next generation of that kind uses it. */
export async function savePromptTemplate(db: Executor, key: string, body: string): Promise<void> {
  const checked = assertKey(key);
  await db
    .insert(promptTemplates)
    .values({ key: checked, body })
    .onConflictDoUpdate({ target: promptTemplates.key, set: { body, updatedAt: sql`now()` } });
}

export async function resetPromptTemplate(db: Executor, key: string): Promise<void> {
  await db.delete(promptTemplates).where(eq(promptTemplates.key, assertKey(key)));
}
