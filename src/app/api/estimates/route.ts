import { z } from "zod";
import { getContainer } from "@/server/container";
import { estimateAutopilotRun } from "@/server/pipeline/cost-estimates";
import { providerChoiceSchema } from "@/server/shows/show-settings";
import { withAuth } from "../_lib/auth";
import { json, readJson, withErrors } from "../_lib/http";

const estimateRequestSchema = z.object({
  text: providerChoiceSchema,
  image: providerChoiceSchema,
  video: providerChoiceSchema,
  characterCount: z.number().int().min(1).max(10),
});

// POST /api/estimates – what an autopilot run would cost on these choices, before the show exists
export const POST = withErrors(
  withAuth("user", async (request) => {
    const body = await readJson(request, estimateRequestSchema);
    const { catalog } = await getContainer();
    return json(estimateAutopilotRun(body, body.characterCount, catalog.prices));
  }),
);
