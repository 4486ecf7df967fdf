import { and, asc, count, eq, isNull, ne } from "drizzle-orm";
import type { Db } from "../db/client";
import { shows, users } from "../db/schema";
import { AppError } from "../errors";
import type { Auth } from "./create-auth";
import { withSignUpPermit } from "./sign-up-permit";

export async function ownerExists(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.role, "owner"));
  return Number(row?.n ?? 0) > 0;
}

export async function anyUserExists(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return Number(row?.n ?? 0) > 0;
}

export interface NewAccount {
  email: string;
  password: string;
  name: string;
}

/**
 * Creates the owner account (the setup form, OWNER_EMAIL at start) and hands it every show that
 * has no owner yet (made before accounts, or by the CLI before an owner existed). Two first
 * visitors racing: both may sign up, the earlier account stays owner and the later is removed
 * with a 409, so there is exactly one owner.
 */
export async function createOwner(
  auth: Auth,
  db: Db,
  account: NewAccount,
  headers?: Headers,
): Promise<{ userId: string; headers: Headers | null }> {
  if (await ownerExists(db)) {
    throw new AppError("conflict", "This server already has an owner; sign in instead.");
  }
  const result = await withSignUpPermit("owner", () =>
    auth.api.signUpEmail({
      body: { email: account.email, password: account.password, name: account.name },
      headers: headers ?? new Headers(),
      returnHeaders: true,
    }),
  );
  const userId = result.response.user.id;
  const [first] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.role, "owner"))
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(1);
  if (first && first.id !== userId) {
    await db.delete(users).where(and(eq(users.id, userId), ne(users.id, first.id)));
    throw new AppError("conflict", "This server already has an owner; sign in instead.");
  }
  await db.update(shows).set({ ownerId: userId }).where(isNull(shows.ownerId));
  return { userId, headers: result.headers };
}

/** The owner's account id, or null before one exists (the CLI then makes shows ownerless). */
export async function findOwnerId(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.role, "owner"))
    .orderBy(asc(users.createdAt))
    .limit(1);
  return row?.id ?? null;
}
