import { eq } from "drizzle-orm";
import { spentThisMonth } from "@/server/auth/budgets";
import { getContainer } from "@/server/container";
import { users } from "@/server/db/schema";
import { callerOf, withAuth } from "../../_lib/auth";
import { json, withErrors } from "../../_lib/http";

// GET /api/account/me – who is signed in, their role, budget and this month's spend
export const GET = withErrors(
  withAuth("user", async (request: Request) => {
    const caller = callerOf(request);
    if (caller.kind !== "user") {
      return json({ user: null });
    }
    const { db } = await getContainer();
    const [row] = await db.select().from(users).where(eq(users.id, caller.user.id));
    return json({
      user: caller.user,
      monthlyBudgetUsd: row?.monthlyBudgetUsd ?? null,
      spentThisMonthUsd: await spentThisMonth(db, caller.user.id),
    });
  }),
);
