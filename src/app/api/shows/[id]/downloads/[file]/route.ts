import { getContainer } from "@/server/container";
import { findShowDownload } from "@/server/shows/show-downloads";
import { getShowDetail } from "@/server/shows/show-views";
import { serveMedia } from "@/server/storage/serve-media";
import { readableShow, withAuth } from "../../../../_lib/auth";
import { withErrors } from "../../../../_lib/http";

type Context = { params: Promise<{ id: string; file: string }> };

// GET /api/shows/:id/downloads/:file – one top-level file of the package on its own
// (trailer.mp4, trailer.vtt, trailer.srt, trailer.otio, trailer-script.json, …), saved as
// `<slug>-<file>`; a share link's `?share=` works here as on the show
export const GET = withErrors(
  withAuth("public", async (request: Request, { params }: Context) => {
    const { id, file } = await params;
    const show = await readableShow(request, id);
    const { db, media } = await getContainer();
    const download = findShowDownload(await getShowDetail(db, show.id), file);
    // Streamed, never redirected to the bucket: the saved name is ours to give.
    const response = await serveMedia(media, download.key, request);
    if (response.status < 400) {
      response.headers.set("content-disposition", `attachment; filename="${download.filename}"`);
      // The name points at whatever the show has now (a re-cut replaces the trailer's files).
      response.headers.set("cache-control", "no-store");
    }
    return response;
  }),
);
