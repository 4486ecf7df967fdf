import { getContainer } from "@/server/container";
import {
  testConnectionSchema,
  testProviderConnection,
} from "@/server/settings/test-provider-connection";
import { withAuth } from "../../_lib/auth";
import { json, readJson, withErrors } from "../../_lib/http";

// POST /api/settings/test-connection – one cheap authenticated call to a provider
export const POST = withErrors(
  withAuth("owner", async (request: Request) => {
    const input = await readJson(request, testConnectionSchema);
    const { env } = await getContainer();
    return json(await testProviderConnection(env, input));
  }),
);
