import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { settings } from "../db/schema";

const SECRET_KEY = "auth_secret";

/**
 * BETTER_AUTH_SECRET when set; otherwise one generated at first start and kept in the settings
 * table, so `npm start` works with no configuration and every process of a PostgreSQL deployment
 * signs with the same secret (the first writer wins; the others read it back).
 */
export async function ensureAuthSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) {
    return configured;
  }
  await db
    .insert(settings)
    .values({ key: SECRET_KEY, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(settings).where(eq(settings.key, SECRET_KEY));
  if (typeof row?.value !== "string") {
    throw new Error("The generated auth secret could not be read back from the settings table");
  }
  return row.value;
}
