import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLocalMediaStore } from "./local-media-store";
import type { MediaStore } from "./media-store";
import { describeMediaStoreContract } from "./media-store-contract";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

// Every file under the root counts, so a leftover temp file fails the contract.
describeMediaStoreContract("local media store", async () => {
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "greenlight-media-"));
  const root = path.join(tempDir, "media");
  return {
    store: createLocalMediaStore(root),
    keys: () => filesUnder(root),
    close: () => fs.rm(tempDir, { recursive: true, force: true }),
  };
});

let tempDir: string;
let root: string;
let store: MediaStore;

beforeEach(async () => {
  tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "greenlight-media-"));
  root = path.join(tempDir, "media");
  store = createLocalMediaStore(root);
});

afterEach(async () => {
  await fs.rm(tempDir, { recursive: true, force: true });
});

const notFound = expect.objectContaining({ code: "not_found" });

describe("local media store", () => {
  it("tags a file by its size and modification time", async () => {
    const stored = await store.put("shows/1/a.png", Buffer.from("x"), "image/png");

    expect(stored.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
  });

  it("gives the file itself, under the root, as its path and its local file", async () => {
    await store.put("shows/1/a.png", Buffer.from("x"), "image/png");
    const local = store.localPath("shows/1/a.png");

    expect(local).toBe(path.join(path.resolve(root), "shows", "1", "a.png"));
    expect(await store.localFile("shows/1/a.png")).toBe(await fs.realpath(local ?? ""));
    expect(await fs.readFile(local ?? "")).toEqual(Buffer.from("x"));
  });

  describe("never leaves the root through a symlink", () => {
    let outside: string;

    beforeEach(async () => {
      outside = path.join(tempDir, "outside");
      await fs.mkdir(outside);
      await fs.writeFile(path.join(outside, "secret.txt"), "secret");
      await fs.mkdir(root, { recursive: true });
      await fs.symlink(outside, path.join(root, "escape"), "dir");
      await fs.symlink(path.join(outside, "secret.txt"), path.join(root, "secret.txt"));
    });

    it("on read, stat and localFile", async () => {
      await expect(store.stat("escape/secret.txt")).rejects.toEqual(notFound);
      await expect(store.stat("secret.txt")).rejects.toEqual(notFound);
      await expect(buffer(store.read("escape/secret.txt"))).rejects.toEqual(notFound);
      await expect(store.localFile("escape/secret.txt")).rejects.toEqual(notFound);
      await expect(store.localFile("secret.txt")).rejects.toEqual(notFound);
    });

    it("on write, without creating anything outside", async () => {
      await expect(store.put("escape/new/x.png", Buffer.from("x"), "image/png")).rejects.toEqual(
        notFound,
      );
      expect(await fs.readdir(outside)).toEqual(["secret.txt"]);
    });

    it("on delete, removing the link and never its target", async () => {
      await expect(store.delete("escape/secret.txt")).rejects.toEqual(notFound);
      await store.deletePrefix("escape");

      expect(await fs.readFile(path.join(outside, "secret.txt"), "utf8")).toBe("secret");
      expect(await fs.readdir(root)).toEqual(["secret.txt"]);
    });
  });
});
