import type { Env } from "../config/env";
import type { Db } from "../db/client";
import type { Logger } from "../logger";
import { ensureAuthSecret } from "./auth-secret";
import { type Auth, createAuth } from "./create-auth";
import { createOwner, ownerExists } from "./create-owner";

const byDb = new WeakMap<Db, Promise<Auth>>();

/**
 * The process's better-auth instance on this database, built on first use (it needs the secret,
 * which may live in the database). A headless install (OWNER_EMAIL + OWNER_PASSWORD) gets its
 * owner account here, before the first request is answered.
 */
export function getAuth(deps: { db: Db; env: Env; logger?: Logger }): Promise<Auth> {
  let auth = byDb.get(deps.db);
  if (!auth) {
    auth = (async () => {
      const secret = await ensureAuthSecret(deps.db, deps.env.BETTER_AUTH_SECRET);
      const instance = createAuth({ db: deps.db, env: deps.env, secret });
      const { OWNER_EMAIL: email, OWNER_PASSWORD: password } = deps.env;
      if (email && password && !(await ownerExists(deps.db))) {
        await createOwner(instance, deps.db, { email, password, name: "Owner" });
        deps.logger?.info({ email }, "created the owner account from OWNER_EMAIL");
      }
      return instance;
    })();
    auth.catch(() => byDb.delete(deps.db));
    byDb.set(deps.db, auth);
  }
  return auth;
}
