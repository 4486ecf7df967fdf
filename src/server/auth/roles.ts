/** owner: everything (providers, prompt templates, users, budgets). member: their own shows. */
export const ROLES = ["owner", "member"] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: a signed-in user (session cookie, session bearer token or API key), or nobody. */
export type Caller = { kind: "user"; user: CallerUser } | { kind: "anonymous" };

export interface CallerUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export const anonymous: Caller = { kind: "anonymous" };

export const isOwner = (caller: Caller): boolean =>
  caller.kind === "user" && caller.user.role === "owner";
