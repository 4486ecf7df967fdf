import { getContainer } from "@/server/container";
import { streamShowPackage } from "@/server/shows/show-package";
import { readableShow, withAuth } from "../../../_lib/auth";
import { withErrors } from "../../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// GET /api/shows/:id/package.zip – the whole package, streamed
export const GET = withErrors(
  withAuth("public", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const show = await readableShow(request, id);
    const { db, media } = await getContainer();
    const { stream, filename } = await streamShowPackage(db, media, show.id);
    return new Response(stream, {
      headers: {
        "content-type": "application/zip",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "no-store",
      },
    });
  }),
);
