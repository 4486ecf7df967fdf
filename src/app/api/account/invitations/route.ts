import { createInvitation } from "@/server/auth/invitations";
import { getContainer } from "@/server/container";
import { callerId, withAuth } from "../../_lib/auth";
import { json, readEmptyBody, withErrors } from "../../_lib/http";

// POST /api/account/invitations – a one-time sign-up link for a new member (owner only)
export const POST = withErrors(
  withAuth("owner", async (request: Request) => {
    await readEmptyBody(request);
    const { db } = await getContainer();
    return json(await createInvitation(db, callerId(request)!), 201);
  }),
);
