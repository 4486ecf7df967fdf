import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client";
import { apiKeys } from "../db/schema";
import { notFound } from "../errors";
import type { Auth } from "./create-auth";

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "Name the key").max(60),
});

/** A new key for the user; the key itself is in this answer only (only its hash is stored). */
export async function createApiKey(auth: Auth, userId: string, name: string) {
  const created = await auth.api.createApiKey({ body: { name, userId } });
  return { id: created.id, name: created.name, key: created.key, start: created.start };
}

export async function listApiKeys(db: Db, userId: string) {
  const rows = await db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.referenceId, userId))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    start: row.start,
    createdAt: row.createdAt.toISOString(),
    lastRequest: row.lastRequest?.toISOString() ?? null,
  }));
}

/** Revokes one of the user's own keys; someone else's key is a 404. */
export async function deleteApiKey(db: Db, userId: string, keyId: string) {
  const deleted = await db
    .delete(apiKeys)
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.referenceId, userId)))
    .returning({ id: apiKeys.id });
  if (deleted.length === 0) {
    throw notFound("API key");
  }
}
