import { revokeShare, shareShow } from "@/server/auth/share-show";
import { getContainer } from "@/server/container";
import { ownShow, withAuth } from "../../../_lib/auth";
import { json, readEmptyBody, withErrors } from "../../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// POST /api/shows/:id/share – a read-only link to the show (/s/<token>); the same one if shared
export const POST = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const show = await ownShow(request, id);
    await readEmptyBody(request);
    const { db } = await getContainer();
    const token = await shareShow(db, show.id, show.shareToken);
    return json({ token, path: `/s/${token}` });
  }),
);

// DELETE /api/shows/:id/share – revoke the link: its page and media answer 404 from now on
export const DELETE = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const show = await ownShow(request, id);
    const { db } = await getContainer();
    await revokeShare(db, show.id);
    return new Response(null, { status: 204 });
  }),
);
