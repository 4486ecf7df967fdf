import { authOf } from "../../_lib/auth";

// /api/auth/* – better-auth's own endpoints: sign-in (email, GitHub, Google), sign-out, session.
// Sign-up through them is refused unless SIGNUP=open (see src/server/auth/sign-up-permit.ts).
export async function GET(request: Request): Promise<Response> {
  return (await authOf()).handler(request);
}

export async function POST(request: Request): Promise<Response> {
  return (await authOf()).handler(request);
}
