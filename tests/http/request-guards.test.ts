import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { guardRequest } from "../../src/app/_security/guard-request";
import { parseEnv } from "../../src/server/config/env";

const env = parseEnv({});
const request = (url: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(url, { method: init.method ?? "GET", headers: init.headers });
/** NextResponse.next(): the request goes on to its page or route. */
const passed = (response: Response) => response.headers.get("x-middleware-next") === "1";

describe("request guards (src/proxy.ts)", () => {
  it("answers 421 to a forged Host or X-Forwarded-Host, never passing it on", async () => {
    const forged = guardRequest(
      request("http://evil.example/show/x", { headers: { host: "evil.example" } }),
      env,
    );
    expect(forged.status).toBe(421);
    expect(((await forged.json()) as { error: { message: string } }).error.message).toMatch(
      /does not answer for host "evil\.example".*PUBLIC_URL or ALLOWED_HOSTS/,
    );
    const forwarded = guardRequest(
      request("http://localhost:3000/show/x", {
        headers: { host: "localhost:3000", "x-forwarded-host": "169.254.169.254" },
      }),
      env,
    );
    expect(forwarded.status).toBe(421);
    // DNS rebinding: the attacker's name resolving to 127.0.0.1 still arrives with its own Host.
    const rebound = guardRequest(
      request("http://127.0.0.1:3000/api/shows", {
        method: "POST",
        headers: { host: "rebind.attacker.example:3000" },
      }),
      env,
    );
    expect(rebound.status).toBe(421);
  });

  it("serves loopback names, PUBLIC_URL's host and ALLOWED_HOSTS", () => {
    const configured = parseEnv({
      PUBLIC_URL: "https://greenlight.example",
      ALLOWED_HOSTS: "studio.internal:8080",
    });
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "greenlight.example"]) {
      expect(
        passed(guardRequest(request(`http://${host}/`, { headers: { host } }), configured)),
      ).toBe(true);
    }
    const extra = request("http://studio.internal:8080/", {
      headers: { host: "studio.internal:8080" },
    });
    expect(passed(guardRequest(extra, configured))).toBe(true);
  });

  it("refuses cross-site writes with 403 and a sentence, text/plain and no-cors included", async () => {
    const fromEvil = guardRequest(
      request("http://localhost:3000/api/tasks/abc/cancel", {
        method: "POST",
        headers: {
          host: "localhost:3000",
          origin: "https://evil.example",
          "sec-fetch-site": "cross-site",
          "content-type": "text/plain",
        },
      }),
      env,
    );
    expect(fromEvil.status).toBe(403);
    expect(((await fromEvil.json()) as { error: { message: string } }).error.message).toMatch(
      /Refused .*changes can only be made from this app's own pages/,
    );
    // An older browser without Sec-Fetch-*: the Origin alone decides.
    const originOnly = guardRequest(
      request("http://localhost:3000/api/shows", {
        method: "POST",
        headers: { host: "localhost:3000", origin: "http://localhost:4000" },
      }),
      env,
    );
    expect(originOnly.status).toBe(403);
    const sandboxed = guardRequest(
      request("http://localhost:3000/api/shows/x", {
        method: "DELETE",
        headers: { host: "localhost:3000", origin: "null" },
      }),
      env,
    );
    expect(sandboxed.status).toBe(403);
  });

  it("lets same-origin pages, non-browser clients, API keys and better-auth's routes through", () => {
    const host = "localhost:3000";
    const cases: { path?: string; headers: Record<string, string> }[] = [
      { headers: { host, origin: "http://localhost:3000", "sec-fetch-site": "same-origin" } },
      { headers: { host } },
      {
        headers: { host, origin: "https://evil.example", authorization: "Bearer glk_abc" },
      },
      {
        path: "/api/auth/sign-in/email",
        headers: { host, origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      },
    ];
    for (const { path = "/api/shows", headers } of cases) {
      const response = guardRequest(
        request(`http://${host}${path}`, { method: "POST", headers }),
        env,
      );
      expect(passed(response)).toBe(true);
    }
    // Reading is never refused as cross-site (links from other sites must work).
    const link = guardRequest(
      request("http://localhost:3000/show/x", {
        headers: { host, "sec-fetch-site": "cross-site" },
      }),
      env,
    );
    expect(passed(link)).toBe(true);
  });

  it("sets a nonce CSP that Next can read, frame-ancestors 'none' and the other headers", () => {
    const response = guardRequest(
      request("http://localhost:3000/", { headers: { host: "localhost:3000" } }),
      parseEnv({ NODE_ENV: "production" }),
    );
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    // Next reads the nonce from the request's CSP header while rendering.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("strict-transport-security")).toBeNull();
    const again = guardRequest(
      request("http://localhost:3000/", { headers: { host: "localhost:3000" } }),
      env,
    );
    expect(again.headers.get("content-security-policy")).not.toContain(`'nonce-${nonce}'`);
  });

  it("lets FRAME_ANCESTORS embed the share page only, and sends HSTS behind https", () => {
    const configured = parseEnv({
      PUBLIC_URL: "https://greenlight.example",
      FRAME_ANCESTORS: "https://blog.example",
    });
    const host = { host: "greenlight.example" };
    const share = guardRequest(
      request("https://greenlight.example/show/abc", { headers: host }),
      configured,
    );
    expect(share.headers.get("content-security-policy")).toContain(
      "frame-ancestors https://blog.example",
    );
    expect(share.headers.get("x-frame-options")).toBeNull();
    const studio = guardRequest(
      request("https://greenlight.example/shows/abc", { headers: host }),
      configured,
    );
    expect(studio.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(studio.headers.get("strict-transport-security")).toContain("max-age=");
  });
});
