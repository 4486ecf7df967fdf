import type { Auth } from "@/server/auth/create-auth";
import { getAuth } from "@/server/auth/get-auth";
import { resolveCaller } from "@/server/auth/resolve-caller";
import { type Caller, isOwner } from "@/server/auth/roles";
import { getContainer } from "@/server/container";
import { AppError, notFound } from "@/server/errors";

/**
 * Who may call a route. public: anyone (the handler checks share links and ownership itself);
 * user: any signed-in account; owner: the owner only (members get 404, as if it did not exist).
 */
export type Access = "public" | "user" | "owner";

const callers = new WeakMap<Request, Caller>();

/** The caller `withAuth` resolved for this request. */
export function callerOf(request: Request): Caller {
  const caller = callers.get(request);
  if (!caller) {
    throw new Error("callerOf() needs the route to be wrapped in withAuth()");
  }
  return caller;
}

export async function authOf(): Promise<Auth> {
  const container = await getContainer();
  return getAuth(container);
}

/**
 * Resolves the caller (session cookie, session bearer token or API key) before the handler runs
 * and enforces `access`. Composes inside withErrors: `withErrors(withAuth("user", handler))`.
 */
export function withAuth<Args extends unknown[]>(
  access: Access,
  handler: (request: Request, ...args: Args) => Promise<Response>,
): (request: Request, ...args: Args) => Promise<Response> {
  return async (request, ...args) => {
    const container = await getContainer();
    const auth = await getAuth(container);
    const caller = await resolveCaller(auth, container.db, request.headers);
    if (access !== "public" && caller.kind !== "user") {
      throw new AppError(
        "unauthorized",
        "Sign in first (or send Authorization: Bearer <API key>).",
      );
    }
    if (access === "owner" && !isOwner(caller)) {
      throw notFound("Page");
    }
    callers.set(request, caller);
    return handler(request, ...args);
  };
}
