import { deleteApiKey } from "@/server/auth/api-keys";
import { getContainer } from "@/server/container";
import { callerId, withAuth } from "../../_lib/auth";
import { withErrors } from "../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// DELETE /api/api-keys/:id – revoke one of the caller's own keys
export const DELETE = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const { db } = await getContainer();
    await deleteApiKey(db, callerId(request)!, id);
    return new Response(null, { status: 204 });
  }),
);
