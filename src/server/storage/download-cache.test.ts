import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDownloadCache } from "./download-cache";

let dir: string;
let clock: number;
let downloads: string[];
const kilobyte = (key: string) => {
  downloads.push(key);
  return Readable.from([Buffer.alloc(1024, key)]);
};
const exists = (key: string) =>
  fs.access(path.join(dir, key)).then(
    () => true,
    () => false,
  );

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "greenlight-cache-"));
  clock = 1_000_000;
  downloads = [];
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

describe("the download cache", () => {
  it("stays under its size by dropping the copies used least recently", async () => {
    const cache = createDownloadCache(dir, kilobyte, {
      maxBytes: 2_048,
      keepRecentMs: 60_000,
      now: () => clock,
    });
    await cache.fileFor("shows/1/a.png");
    clock += 120_000;
    await cache.fileFor("shows/1/b.png");
    clock += 120_000;
    await cache.fileFor("shows/1/a.png"); // a is used again: b is now the oldest
    clock += 120_000;
    await cache.fileFor("shows/1/c.png");

    expect(await exists("shows/1/a.png")).toBe(true);
    expect(await exists("shows/1/b.png")).toBe(false);
    expect(await exists("shows/1/c.png")).toBe(true);
    await cache.fileFor("shows/1/b.png");
    expect(downloads).toEqual(["shows/1/a.png", "shows/1/b.png", "shows/1/c.png", "shows/1/b.png"]);
  });

  it("never deletes a copy it handed out moments ago, even over its size", async () => {
    const cache = createDownloadCache(dir, kilobyte, {
      maxBytes: 1_024,
      keepRecentMs: 60_000,
      now: () => clock,
    });
    const first = await cache.fileFor("shows/1/a.png");
    clock += 1_000;
    await cache.fileFor("shows/1/b.png");
    expect((await fs.stat(first)).size).toBe(1_024);
  });

  it("counts the copies an earlier run left on disk", async () => {
    const earlier = createDownloadCache(dir, kilobyte, { now: () => clock });
    await earlier.fileFor("shows/1/a.png");
    await earlier.fileFor("shows/1/b.png");

    clock += 3_600_000;
    const restarted = createDownloadCache(dir, kilobyte, {
      maxBytes: 2_048,
      keepRecentMs: 60_000,
      now: () => clock,
    });
    await restarted.fileFor("shows/1/c.png");
    const left = await Promise.all(["a", "b", "c"].map((name) => exists(`shows/1/${name}.png`)));
    expect(left.filter(Boolean)).toHaveLength(2);
    expect(await exists("shows/1/c.png")).toBe(true);
  });
});
