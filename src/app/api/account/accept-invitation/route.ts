import { acceptInvitation, acceptInvitationSchema } from "@/server/auth/invitations";
import { getContainer } from "@/server/container";
import { authOf, withAuth, withCookies } from "../../_lib/auth";
import { json, readJson, withErrors } from "../../_lib/http";

// POST /api/account/accept-invitation – sign up as a member with an invitation token; signs in
export const POST = withErrors(
  withAuth("public", async (request: Request) => {
    const body = await readJson(request, acceptInvitationSchema);
    const { db } = await getContainer();
    const { headers } = await acceptInvitation(await authOf(), db, body);
    return withCookies(json({ ok: true }, 201), headers);
  }),
);
