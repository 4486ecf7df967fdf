import { eq, sql } from "drizzle-orm";
import type { Db, Executor } from "../db/client";
import { assets, shows } from "../db/schema";
import { notFound } from "../errors";
import { loadShow, type ShowRow } from "../shows/show-records";
import type { Caller } from "./roles";

/**
 * What a caller may see, as data: every show (the owner), the shows of one account (a member),
 * or nothing (anonymous). Share links are per show and checked where a token is presented.
 */
export type ShowScope = { kind: "all" } | { kind: "owner"; userId: string } | { kind: "none" };

export function scopeOf(caller: Caller): ShowScope {
  if (caller.kind !== "user") {
    return { kind: "none" };
  }
  return caller.user.role === "owner" ? { kind: "all" } : { kind: "owner", userId: caller.user.id };
}

export function scopeAllows(scope: ShowScope, show: Pick<ShowRow, "ownerId">): boolean {
  return scope.kind === "all" || (scope.kind === "owner" && show.ownerId === scope.userId);
}

/** The SQL filter for lists: undefined = no filter. */
export function scopeCondition(scope: ShowScope) {
  if (scope.kind === "all") {
    return undefined;
  }
  return scope.kind === "owner" ? eq(shows.ownerId, scope.userId) : sql`false`;
}

/** Ids of the shows a member may see; null = all (the owner). */
export async function visibleShowIds(db: Executor, scope: ShowScope): Promise<string[] | null> {
  if (scope.kind === "all") {
    return null;
  }
  if (scope.kind === "none") {
    return [];
  }
  const rows = await db.select({ id: shows.id }).from(shows).where(eq(shows.ownerId, scope.userId));
  return rows.map((row) => row.id);
}

/**
 * A show the caller may act on, by id or slug. Anything else is a 404 exactly like a show that
 * does not exist: a private show's existence is not revealed. `shareToken` (read only) lets a
 * link holder read a shared show.
 */
export async function loadVisibleShow(
  db: Executor,
  caller: Caller,
  idOrSlug: string,
  options: { shareToken?: string | null } = {},
): Promise<ShowRow> {
  const show = await loadShow(db, idOrSlug);
  if (scopeAllows(scopeOf(caller), show)) {
    return show;
  }
  if (options.shareToken && show.shareToken && options.shareToken === show.shareToken) {
    return show;
  }
  throw notFound("Show");
}

/** The show a share token opens; 404 when revoked or unknown. */
export async function loadSharedShow(db: Executor, token: string): Promise<ShowRow> {
  const [show] = token ? await db.select().from(shows).where(eq(shows.shareToken, token)) : [];
  if (!show) {
    throw notFound("Show");
  }
  return show;
}

/** The show a stored media key belongs to (its asset row, else the `shows/<id>/` prefix). */
export async function showIdOfMediaKey(db: Db, key: string): Promise<string | null> {
  const [asset] = await db
    .select({ showId: assets.showId })
    .from(assets)
    .where(eq(assets.storageKey, key));
  if (asset) {
    return asset.showId;
  }
  const match = key.match(/^shows\/([0-9a-f-]{36})\//);
  return match?.[1] ?? null;
}
