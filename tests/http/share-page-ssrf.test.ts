import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { shareShow } from "../../src/server/auth/share-show";
import { setContainer } from "../../src/server/container";
import { createShow } from "../../src/server/shows/create-show";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

// The request's headers as a hostile visitor sends them: Host and X-Forwarded-Host name a server
// of the attacker's choosing (here a local one that counts what reaches it).
const forged = vi.hoisted(() => ({ host: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: forged.host, "x-forwarded-host": forged.host }),
}));

describe("share page /show/:slug with a forged Host", () => {
  let t: TestContainer;
  let hits = 0;
  const attacker = createServer((_request, response) => {
    hits += 1;
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ id: "x", title: "Injected by the attacker", premise: "p" }));
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
    forged.host = `127.0.0.1:${(attacker.address() as AddressInfo).port}`;
    t = await createTestContainer();
    setContainer(t.container);
  });
  afterAll(async () => {
    setContainer(null);
    await t.close();
    attacker.closeAllConnections();
    await new Promise<void>((resolve) => attacker.close(() => resolve()));
  });

  it("reads the show in-process: the forged host gets no request and nothing of it reaches the page", async () => {
    const show = await createShow(t.container.engine, {
      premise: "A lighthouse keeper who collects storms in jars",
      autopilot: false,
    });
    // A visitor with the show's share link: the page renders the show, read in this process.
    const share = await shareShow(t.container.db, show.id, null);
    const page = await import("../../src/app/show/[slug]/page");
    const metadata = await page.generateMetadata({
      params: Promise.resolve({ slug: show.id }),
      searchParams: Promise.resolve({ share }),
    });
    expect(metadata.title).not.toBe("Injected by the attacker");
    expect(metadata.openGraph?.title).not.toBe("Injected by the attacker");
    expect(metadata.description).toMatch(/\w/);
    expect(hits).toBe(0);
    const missing = await page.generateMetadata({
      params: Promise.resolve({ slug: "no-such-show" }),
      searchParams: Promise.resolve({}),
    });
    expect(missing.title).toBe("Show not found");
    expect(hits).toBe(0);
  });
});
