import { getContainer } from "@/server/container";
import { getSettings } from "@/server/settings/get-settings";
import { withAuth } from "../_lib/auth";
import { json, withErrors } from "../_lib/http";

// GET /api/settings – configured providers, default choices, selectable models and prices
export const GET = withErrors(
  withAuth("owner", async () => {
    const { env, catalog } = await getContainer();
    return json(getSettings(env, catalog));
  }),
);
