import { setBudget, setBudgetSchema } from "@/server/auth/manage-users";
import { getContainer } from "@/server/container";
import { withAuth } from "../../_lib/auth";
import { json, readJson, withErrors } from "../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// PATCH /api/users/:id – set a member's monthly budget in USD (null: no limit; owner only)
export const PATCH = withErrors(
  withAuth("owner", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const body = await readJson(request, setBudgetSchema);
    const { db } = await getContainer();
    await setBudget(db, id, body);
    return json({ ok: true });
  }),
);
