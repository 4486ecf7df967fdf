import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { createLocalMediaStore } from "./local-media-store";
import type { MediaStore } from "./media-store";

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

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

const notFound = expect.objectContaining({ code: "not_found" });

describe("local media store", () => {
  it("round-trips a buffer through put, stat and read", async () => {
    const data = Buffer.from("portrait pixels");
    const stored = await store.put("shows/1/portraits/a.png", data, "image/png");

    expect(stored).toMatchObject({ key: "shows/1/portraits/a.png", mime: "image/png", bytes: 15 });
    expect(stored.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(await store.stat("shows/1/portraits/a.png")).toEqual(stored);
    expect(await bytesOf(store.read("shows/1/portraits/a.png"))).toEqual(data);
  });

  it("stores a stream and reads an inclusive byte range", async () => {
    const source = Readable.from([Buffer.from("0123"), Buffer.from("456789")]);
    await store.put("shows/1/trailer/t.mp4", source, "video/mp4");

    expect(await text(store.read("shows/1/trailer/t.mp4", { start: 2, end: 5 }))).toBe("2345");
    expect((await store.stat("shows/1/trailer/t.mp4"))?.bytes).toBe(10);
  });

  it("derives the type from the extension and rejects a contradicting one", async () => {
    expect((await store.put("a.txt", Buffer.from("hi"), "text/plain")).mime).toBe(
      "text/plain; charset=utf-8",
    );
    expect((await store.put("a.bin", Buffer.from("hi"), "x/whatever")).mime).toBe(
      "application/octet-stream",
    );
    await expect(store.put("b.png", Buffer.from("hi"), "image/jpeg")).rejects.toMatchObject({
      code: "invalid_input",
    });
  });

  it("returns null from stat for a missing key, and fails the read stream", async () => {
    expect(await store.stat("shows/9/missing.png")).toBeNull();
    await expect(bytesOf(store.read("shows/9/missing.png"))).rejects.toBeInstanceOf(AppError);
  });

  it("leaves no temp files after writes and replaces atomically", async () => {
    await store.put("shows/1/a.json", Buffer.from('{"v":1}'), "application/json");
    await store.put("shows/1/a.json", Buffer.from('{"v":2}'), "application/json");

    expect(await filesUnder(root)).toEqual([path.join("shows", "1", "a.json")]);
    expect(await text(store.read("shows/1/a.json"))).toBe('{"v":2}');
  });

  it("keeps the old file and no temp file when a streamed write fails midway", async () => {
    await store.put("shows/1/clip.webm", Buffer.from("old"), "video/webm");
    async function* failing() {
      yield Buffer.from("half a vid");
      throw new Error("provider connection reset");
    }

    await expect(
      store.put("shows/1/clip.webm", Readable.from(failing()), "video/webm"),
    ).rejects.toThrow("provider connection reset");
    expect(await filesUnder(root)).toEqual([path.join("shows", "1", "clip.webm")]);
    expect(await text(store.read("shows/1/clip.webm"))).toBe("old");
  });

  it("deletes a key, and deleting a missing key is not an error", async () => {
    await store.put("shows/1/a.png", Buffer.from("x"), "image/png");
    await store.delete("shows/1/a.png");
    await store.delete("shows/1/a.png");

    expect(await store.stat("shows/1/a.png")).toBeNull();
  });

  it("deletes a prefix by whole segments", async () => {
    for (const key of [
      "shows/4/a.png",
      "shows/4/portraits/b.png",
      "shows/42/c.png",
      "shows/5.png",
    ]) {
      await store.put(key, Buffer.from(key), "image/png");
    }
    await store.deletePrefix("shows/4/");
    await store.deletePrefix("shows/nothing-here");

    expect(await filesUnder(root)).toEqual([
      path.join("shows", "42", "c.png"),
      path.join("shows", "5.png"),
    ]);
  });

  it("gives an absolute path under the root for local consumers", async () => {
    await store.put("shows/1/a.png", Buffer.from("x"), "image/png");
    const local = store.localPath("shows/1/a.png");

    expect(local).toBe(path.join(path.resolve(root), "shows", "1", "a.png"));
    expect(await fs.readFile(local ?? "")).toEqual(Buffer.from("x"));
  });

  describe("rejects unsafe keys as not found", () => {
    const unsafeKeys = [
      "../etc/passwd",
      decodeURIComponent("%2e%2e/etc/passwd"),
      decodeURIComponent("shows/%2e%2e/%2e%2e/etc/passwd"),
      "%2e%2e/etc/passwd",
      "a//b",
      "/abs",
      "a/",
      "",
      ".",
      "a/./b",
      "a/../b",
      ".hidden",
      "a\\..\\b",
      "a b.png",
      "a/b\0.png",
    ];

    it.each(unsafeKeys)("%j", async (key) => {
      await expect(store.stat(key)).rejects.toEqual(notFound);
      await expect(store.put(key, Buffer.from("x"), "image/png")).rejects.toEqual(notFound);
      await expect(store.delete(key)).rejects.toEqual(notFound);
      expect(() => store.read(key)).toThrow(AppError);
      expect(() => store.localPath(key)).toThrow(AppError);
    });

    it("for deletePrefix too", async () => {
      await expect(store.deletePrefix("..")).rejects.toEqual(notFound);
      await expect(store.deletePrefix("/")).rejects.toEqual(notFound);
      await expect(store.deletePrefix("")).rejects.toEqual(notFound);
    });
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

    it("on read and stat", async () => {
      await expect(store.stat("escape/secret.txt")).rejects.toEqual(notFound);
      await expect(store.stat("secret.txt")).rejects.toEqual(notFound);
      await expect(bytesOf(store.read("escape/secret.txt"))).rejects.toEqual(notFound);
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
