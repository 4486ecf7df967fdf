import { anyUserExists, createOwner } from "@/server/auth/create-owner";
import { newAccountSchema } from "@/server/auth/invitations";
import { getContainer } from "@/server/container";
import { authOf, withAuth, withCookies } from "../../_lib/auth";
import { json, readJson, withErrors } from "../../_lib/http";

// GET /api/account/setup – whether this server still needs its owner account
export const GET = withErrors(
  withAuth("public", async () => {
    const { db } = await getContainer();
    return json({ needsSetup: !(await anyUserExists(db)) });
  }),
);

// POST /api/account/setup – create the owner account (only while there is none); signs it in
export const POST = withErrors(
  withAuth("public", async (request: Request) => {
    const body = await readJson(request, newAccountSchema);
    const { db } = await getContainer();
    const { headers } = await createOwner(await authOf(), db, body, request.headers);
    return withCookies(json({ ok: true }, 201), headers);
  }),
);
