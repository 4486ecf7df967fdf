import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client";
import { users } from "../db/schema";
import { notFound } from "../errors";
import { spentThisMonth } from "./budgets";

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  role: string;
  monthlyBudgetUsd: number | null;
  spentThisMonthUsd: number;
  createdAt: string;
}

export async function listUsers(db: Db): Promise<UserSummary[]> {
  const rows = await db.select().from(users).orderBy(asc(users.createdAt));
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      monthlyBudgetUsd: row.monthlyBudgetUsd,
      spentThisMonthUsd: await spentThisMonth(db, row.id),
      createdAt: row.createdAt.toISOString(),
    })),
  );
}

export const setBudgetSchema = z.object({
  /** USD per calendar month; null removes the limit. */
  monthlyBudgetUsd: z.number().min(0).max(1_000_000).nullable(),
});

export async function setBudget(db: Db, userId: string, input: z.infer<typeof setBudgetSchema>) {
  const updated = await db
    .update(users)
    .set({ monthlyBudgetUsd: input.monthlyBudgetUsd, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  if (updated.length === 0) {
    throw notFound("User");
  }
}
