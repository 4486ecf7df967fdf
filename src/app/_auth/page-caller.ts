import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { anyUserExists } from "@/server/auth/create-owner";
import { getAuth } from "@/server/auth/get-auth";
import { resolveCaller } from "@/server/auth/resolve-caller";
import type { Caller, CallerUser } from "@/server/auth/roles";
import { getContainer } from "@/server/container";

/** The caller of a page: from the request's cookies (a page has no API key). */
export async function pageCaller(): Promise<Caller> {
  const container = await getContainer();
  const auth = await getAuth(container);
  return resolveCaller(auth, container.db, await headers());
}

/**
 * Pages for signed-in people: a fresh install sends everyone to /setup (the owner's form), then
 * a signed-out visitor goes to /sign-in. `owner` pages are a 404 for members.
 */
export async function requirePageUser(
  options: { owner?: boolean; next?: string } = {},
): Promise<CallerUser> {
  const container = await getContainer();
  if (!(await anyUserExists(container.db))) {
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
