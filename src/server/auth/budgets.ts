import { and, eq, gte, sql } from "drizzle-orm";
import type { Executor } from "../db/client";
import { shows, spendLedger, users } from "../db/schema";
import { AppError } from "../errors";
import { estimateKindCosts } from "../pipeline/cost-estimates";
import type { PriceTable } from "../providers/pricing/price-table";
import type { ShowRow } from "../shows/show-records";
import { parseShowSettings } from "../shows/show-settings";
import type { Caller } from "./roles";

const usd = (value: number) => `$${value.toFixed(2)}`;

/**
 * What a member's shows were billed since the first of this month (UTC), in USD, from the spend
 * ledger: every paid call counts, including failed, canceled and abandoned jobs that billed.
 */
export async function spentThisMonth(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${spendLedger.costUsd}), 0)` })
    .from(spendLedger)
    .innerJoin(shows, eq(shows.id, spendLedger.showId))
    .where(
      and(
        eq(shows.ownerId, userId),
        gte(
          spendLedger.createdAt,
          sql`date_trunc('month', now() at time zone 'utc') at time zone 'utc'`,
        ),
      ),
    );
  return Number(row?.total ?? 0);
}

/** The estimated cost of one task of `kind` under the show's provider choices (0 offline). */
export function estimateFor(show: Pick<ShowRow, "settings">, kind: string, prices: PriceTable) {
  return estimateKindCosts(parseShowSettings(show.settings), prices)[kind] ?? 0;
}

/**
 * Refuses a paid request (estimate > 0) that would take a member past their monthly budget,
 * before anything is submitted, with the numbers in the message. The owner has no budget; a
 * member with none set is not limited.
 */
export async function assertWithinBudget(
  db: Executor,
  caller: Caller,
  estimateUsd: number,
): Promise<void> {
  if (estimateUsd <= 0 || caller.kind !== "user" || caller.user.role === "owner") {
    return;
  }
  const [user] = await db
    .select({ budget: users.monthlyBudgetUsd })
    .from(users)
    .where(eq(users.id, caller.user.id));
  const budget = user?.budget;
  if (budget === null || budget === undefined) {
    return;
  }
  const spent = await spentThisMonth(db, caller.user.id);
  const remaining = Math.max(0, budget - spent);
  if (estimateUsd > remaining) {
    throw new AppError(
      "over_budget",
      `This request is estimated at ${usd(estimateUsd)}, but only ${usd(remaining)} of your ` +
        `${usd(budget)} monthly budget is left (${usd(spent)} spent this month). Ask the owner ` +
        "to raise it.",
    );
  }
}
