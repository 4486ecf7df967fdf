import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Sign-up is closed unless SIGNUP=open: only our own use-cases (the owner's setup form, an
 * invitation, OWNER_EMAIL at start) open it for the one call they make, by running it inside a
 * permit. better-auth's user-create hook checks for one, so a direct POST to its sign-up endpoint
 * or a stranger's first GitHub sign-in creates nobody.
 */
const permits = new AsyncLocalStorage<{ role: "owner" | "member" }>();

export function withSignUpPermit<T>(role: "owner" | "member", run: () => Promise<T>): Promise<T> {
  return permits.run({ role }, run);
}

export function currentSignUpPermit(): { role: "owner" | "member" } | undefined {
  return permits.getStore();
}
