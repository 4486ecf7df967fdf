import { z } from "zod";
import { getContainer } from "@/server/container";
import { getShowDetail } from "@/server/shows/show-views";
import { updateCharacter } from "@/server/shows/update-show";
import { ownShow, withAuth } from "../../../../_lib/auth";
import { json, readJson, withErrors } from "../../../../_lib/http";

type Context = { params: Promise<{ id: string; characterId: string }> };

// PATCH /api/shows/:id/characters/:characterId – edit a dossier or the custom portrait prompt
export const PATCH = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id, characterId } = await params;
    await ownShow(request, id);
    const body = await readJson(request, z.unknown());
    const { db, catalog } = await getContainer();
    await updateCharacter(db, id, characterId, body);
    return json(await getShowDetail(db, id, catalog.prices));
  }),
);
