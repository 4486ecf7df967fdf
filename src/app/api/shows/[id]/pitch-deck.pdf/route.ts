import { getContainer } from "@/server/container";
import { buildShowPitchDeck } from "@/server/shows/show-pitch-deck";
import { readableShow, withAuth } from "../../../_lib/auth";
import { withErrors } from "../../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// GET /api/shows/:id/pitch-deck.pdf – the pitch deck, drawn from the show as it is now
// (409 before the show has a blueprint)
export const GET = withErrors(
  withAuth("public", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const show = await readableShow(request, id);
    const { db, media } = await getContainer();
    const { pdf, filename } = await buildShowPitchDeck(db, media, show.id);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "no-store",
      },
    });
  }),
);
