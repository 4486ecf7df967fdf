import { listUsers } from "@/server/auth/manage-users";
import { getContainer } from "@/server/container";
import { withAuth } from "../_lib/auth";
import { json, withErrors } from "../_lib/http";

// GET /api/users – every account with its budget and this month's spend (owner only)
export const GET = withErrors(
  withAuth("owner", async () => {
    const { db } = await getContainer();
    return json({ users: await listUsers(db) });
  }),
);
