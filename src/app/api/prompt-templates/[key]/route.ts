import { getContainer } from "@/server/container";
import {
  listPromptTemplates,
  resetPromptTemplate,
  savePromptTemplate,
  templateBodySchema,
} from "@/server/pipeline/manage-templates";
import { withAuth } from "../../_lib/auth";
import { json, readJson, withErrors } from "../../_lib/http";

type Context = { params: Promise<{ key: string }> };

// PUT /api/prompt-templates/:key – replace a template for every show
export const PUT = withErrors(
  withAuth("owner", async (request: Request, { params }: Context) => {
    const { key } = await params;
    const { body } = await readJson(request, templateBodySchema);
    const { db } = await getContainer();
    await savePromptTemplate(db, key, body);
    return json({ templates: await listPromptTemplates(db) });
  }),
);

// DELETE /api/prompt-templates/:key – back to the default
export const DELETE = withErrors(
  withAuth("owner", async (_request: Request, { params }: Context) => {
    const { key } = await params;
    const { db } = await getContainer();
    await resetPromptTemplate(db, key);
    return json({ templates: await listPromptTemplates(db) });
  }),
);
