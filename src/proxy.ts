import type { NextRequest } from "next/server";
import { guardRequest } from "@/app/_security/guard-request";
import { loadEnv } from "@/server/config/env";

// In front of every page and API route (Next 16's proxy, formerly middleware): host allow-list,
// same-origin writes and security headers, see guard-request.ts.
export function proxy(request: NextRequest): Response {
  return guardRequest(request, loadEnv());
}

export const config = {
  // Static build files carry no state and no HTML: next.config.ts gives them nosniff.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
