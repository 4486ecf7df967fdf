import { defaultKeyHasher } from "@better-auth/api-key";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { apiKeys, users } from "../db/schema";
import type { Auth } from "./create-auth";
import { anonymous, type Caller, ROLES, type Role } from "./roles";

const bearerOf = (headers: Headers): string | null => {
  const header = headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? headers.get("x-api-key");
};

async function userById(db: Db, id: string): Promise<Caller> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) {
    return anonymous;
  }
  const role: Role = (ROLES as readonly string[]).includes(row.role)
    ? (row.role as Role)
    : "member";
  return { kind: "user", user: { id: row.id, email: row.email, name: row.name, role } };
}

/**
 * Who sent this request: an API key (`Authorization: Bearer <key>` or `x-api-key`), else a
 * session (cookie, or a session token as bearer), else nobody. The role is read from our own
 * table on every request, so a change of role takes effect at once.
 */
export async function resolveCaller(auth: Auth, db: Db, headers: Headers): Promise<Caller> {
  const bearer = bearerOf(headers);
  if (bearer) {
    // Looked up here rather than with the plugin's verifyApiKey, which answers "invalid key" when
    // the database is away: a lost database must reach withErrors as the driver's error (503 +
    // Retry-After), not look like a wrong key (401). Keys are stored hashed, as the plugin does.
    const [key] = await db
      .select({
        userId: apiKeys.referenceId,
        enabled: apiKeys.enabled,
        expiresAt: apiKeys.expiresAt,
      })
      .from(apiKeys)
      .where(eq(apiKeys.key, await defaultKeyHasher(bearer)));
    if (key && key.enabled !== false && (!key.expiresAt || key.expiresAt > new Date())) {
      return userById(db, key.userId);
    }
  }
  const session = await auth.api.getSession({ headers }).catch(() => null);
  if (!session && (bearer || headers.has("cookie"))) {
    // better-auth logs database errors and answers "no key, no session": a lost database must be
    // the route's 503, not a silent 401. The probe throws the driver's own error, which withErrors
    // recognises as a connection loss.
    await db.execute(sql`select 1`);
  }
  return session ? userById(db, session.user.id) : anonymous;
}
