import { getContainer } from "@/server/container";
import { readShowSpend } from "@/server/spend/read-spend";
import { ownShow, withAuth } from "../../../_lib/auth";
import { json, withErrors } from "../../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// GET /api/shows/:id/spend – the show's spend from the ledger: totals and the latest 100 calls
export const GET = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const { db } = await getContainer();
    const show = await ownShow(request, id);
    return json(await readShowSpend(db, show.id));
  }),
);
