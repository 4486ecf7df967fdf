import { createApiKey, createApiKeySchema, listApiKeys } from "@/server/auth/api-keys";
import { getContainer } from "@/server/container";
import { authOf, callerId, withAuth } from "../_lib/auth";
import { json, readJson, withErrors } from "../_lib/http";

// GET /api/api-keys – the caller's own API keys (names and first characters, never the key)
export const GET = withErrors(
  withAuth("user", async (request: Request) => {
    const { db } = await getContainer();
    return json({ keys: await listApiKeys(db, callerId(request)!) });
  }),
);

// POST /api/api-keys – a new key acting as the caller; the key is in this answer only
export const POST = withErrors(
  withAuth("user", async (request: Request) => {
    const { name } = await readJson(request, createApiKeySchema);
    return json(await createApiKey(await authOf(), callerId(request)!, name), 201);
  }),
);
