import { getContainer } from "@/server/container";
import { listPromptTemplates } from "@/server/pipeline/manage-templates";
import { withAuth } from "../_lib/auth";
import { json, withErrors } from "../_lib/http";

// GET /api/prompt-templates – every prompt template, current body and default
export const GET = withErrors(
  withAuth("owner", async () => {
    const { db } = await getContainer();
    return json({ templates: await listPromptTemplates(db) });
  }),
);
