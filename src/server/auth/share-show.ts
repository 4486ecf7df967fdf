import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Executor } from "../db/client";
import { shows } from "../db/schema";

/** Gives the show a share link (keeps the existing one: links already sent keep working). */
export async function shareShow(db: Executor, showId: string, current: string | null) {
  if (current) {
    return current;
  }
  const token = randomBytes(18).toString("base64url");
  await db.update(shows).set({ shareToken: token }).where(eq(shows.id, showId));
  return token;
}

/** Revokes the share link: every page and media URL opened with it becomes a 404. */
export async function revokeShare(db: Executor, showId: string) {
  await db.update(shows).set({ shareToken: null }).where(eq(shows.id, showId));
}
