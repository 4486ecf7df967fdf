import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { bearer } from "better-auth/plugins";
import type { Env } from "../config/env";
import type { Db } from "../db/client";
import { accounts, apiKeys, sessions, users, verifications } from "../db/schema";
import { currentSignUpPermit } from "./sign-up-permit";

export interface AuthOptions {
  db: Db;
  env: Env;
  secret: string;
}

/** better-auth's public URL: PUBLIC_URL, else this machine on PORT. */
export const authBaseUrl = (env: Env): string => env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;

/**
 * better-auth on our database: email + password, sessions in the `sessions` table, bearer
 * session tokens, API keys (hashed, no per-key rate limit: the request edge limits rates), and
 * GitHub/Google when their client id and secret are configured.
 */
export function createAuth({ db, env, secret }: AuthOptions) {
  const baseURL = authBaseUrl(env);
  return betterAuth({
    appName: "Greenlight",
    baseURL,
    secret,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        apikey: apiKeys,
      },
    }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128 },
    socialProviders: {
      ...(env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET
        ? { github: { clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET } }
        : {}),
      ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET
        ? { google: { clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET } }
        : {}),
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "member", input: false },
      },
    },
    // The app may be reached on another name than PUBLIC_URL (127.0.0.1, a LAN address): a form
    // posted from the page's own origin is same-origin whatever the name. Cross-site posts differ
    // from the request's own origin and stay refused.
    // The request edge (src/proxy.ts) answers only hosts on its allow-list (421 otherwise), so a
    // page served under the Host this request came to — 127.0.0.1 as well as localhost — is ours.
    trustedOrigins: (request) => {
      const host = request?.headers.get("host");
      return [
        baseURL,
        request ? new URL(request.url).origin : undefined,
        ...(host ? [`http://${host}`, `https://${host}`] : []),
      ];
    },
    // The request edge (src/proxy.ts) limits request rates for every route.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    databaseHooks: {
      user: {
        create: {
          // Sign-up is closed unless SIGNUP=open or one of our use-cases opened it (setup form,
          // invitation, OWNER_EMAIL): see sign-up-permit.ts.
          before: async (user) => {
            const permit = currentSignUpPermit();
            if (!permit && env.SIGNUP !== "open") {
              return false;
            }
            return { data: { ...user, role: permit?.role ?? "member" } };
          },
        },
      },
    },
    plugins: [
      bearer(),
      apiKey({
        defaultPrefix: "gl_",
        rateLimit: { enabled: false },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
