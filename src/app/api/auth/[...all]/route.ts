import { getContainer } from "@/server/container";
import { getRateLimits } from "@/server/rate-limits/get-rate-limits";
import { authOf } from "../../_lib/auth";
import { clientIp } from "../../_lib/client-ip";
import { withErrors } from "../../_lib/http";

// /api/auth/* – better-auth's own endpoints: sign-in (email, GitHub, Google), sign-out, session.
// Sign-up through them is refused unless SIGNUP=open (see src/server/auth/sign-up-permit.ts).
export async function GET(request: Request): Promise<Response> {
  return (await authOf()).handler(request);
}

export const POST = withErrors(async (request: Request): Promise<Response> => {
  if (new URL(request.url).pathname.endsWith("/sign-in/email")) {
    await limitSignIn(request);
  }
  return (await authOf()).handler(request);
});

/**
 * Password guessing is limited per client address and per account (so neither many accounts from
 * one address nor one account from many addresses gets far): 429 with Retry-After past either.
 */
async function limitSignIn(request: Request): Promise<void> {
  const limits = getRateLimits(await getContainer());
  await limits.consume("signInPerIp", `ip:${clientIp(request)}`);
  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as { email?: unknown } | null;
  if (typeof body?.email === "string") {
    await limits.consume("signInPerUser", `email:${body.email.trim().toLowerCase().slice(0, 320)}`);
  }
}
