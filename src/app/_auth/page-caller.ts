import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { anyUserExists } from "@/server/auth/create-owner";
import { getAuth } from "@/server/auth/get-auth";
import { resolveCaller } from "@/server/auth/resolve-caller";
import type { Caller, CallerUser } from "@/server/auth/roles";
import { getContainer } from "@/server/container";

/**
 * The caller of a page: from the request's cookies (a page has no API key). Read once per request:
 * the root layout, a segment's layout, the page and its metadata all ask, and each session
 * lookup is a database read that queues behind the worker's writes on an embedded database.
 */
export const pageCaller = cache(async (): Promise<Caller> => {
  const container = await getContainer();
  const auth = await getAuth(container);
  return resolveCaller(auth, container.db, await headers());
});

/** Whether the install has its owner yet, once per request. */
const ownerExists = cache(async (): Promise<boolean> => {
  const container = await getContainer();
  return anyUserExists(container.db);
});

/**
 * Pages for signed-in people: a fresh install sends everyone to /setup (the owner's form), then
 * a signed-out visitor goes to /sign-in. `owner` pages are a 404 for members.
 */
export async function requirePageUser(
  options: { owner?: boolean; next?: string } = {},
): Promise<CallerUser> {
  if (!(await ownerExists())) {
    redirect("/setup");
  }
  const caller = await pageCaller();
  if (caller.kind !== "user") {
    redirect(options.next ? `/sign-in?next=${encodeURIComponent(options.next)}` : "/sign-in");
  }
  if (options.owner && caller.user.role !== "owner") {
    notFound();
  }
  return caller.user;
}
