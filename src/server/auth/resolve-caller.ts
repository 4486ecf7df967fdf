import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { users } from "../db/schema";
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
    const verified = await auth.api.verifyApiKey({ body: { key: bearer } }).catch(() => null);
    if (verified?.valid && verified.key) {
      return userById(db, verified.key.referenceId);
    }
  }
  const session = await auth.api.getSession({ headers }).catch(() => null);
  return session ? userById(db, session.user.id) : anonymous;
}
