import { getContainer } from "@/server/container";
import { streamShowPackage } from "@/server/shows/show-package";
import { withErrors } from "../../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// GET /api/shows/:id/package.zip – the whole package, streamed
export const GET = withErrors(async (_request: Request, { params }: Context) => {
  const { id } = await params;
  const { db, media } = await getContainer();
  const { stream, filename } = await streamShowPackage(db, media, id);
  return new Response(stream, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});
