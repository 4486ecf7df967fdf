import fs from "node:fs/promises";
import { Readable } from "node:stream";
import { buffer, text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import type { MediaStore } from "./media-store";

/** A store under test, on its own empty root or bucket. */
export interface ContractSubject {
  store: MediaStore;
  /** Every key the backing storage holds, sorted: what deletes and failed writes leave behind. */
  keys(): Promise<string[]>;
  close(): Promise<void>;
}

const notFound = expect.objectContaining({ code: "not_found" });

export const unsafeKeys = [
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

/**
 * The behaviour every `MediaStore` adapter owes its callers, run against each adapter's tests so
 * that local disk and S3 are held to one spec.
 */
export function describeMediaStoreContract(name: string, open: () => Promise<ContractSubject>) {
  describe(`${name}: the media store contract`, () => {
    let subject: ContractSubject;
    let store: MediaStore;

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });

    afterEach(async () => {
      await subject.close();
    });

    it("round-trips a buffer through put, stat and read", async () => {
      const data = Buffer.from("portrait pixels");
      const stored = await store.put("shows/1/portraits/a.png", data, "image/png");

      expect(stored).toMatchObject({
        key: "shows/1/portraits/a.png",
        mime: "image/png",
        bytes: 15,
      });
      expect(stored.etag).toMatch(/^"[^"]+"$/);
      expect(await store.stat("shows/1/portraits/a.png")).toEqual(stored);
      expect(await buffer(store.read("shows/1/portraits/a.png"))).toEqual(data);
    });

    it("stores a stream and reads an inclusive byte range", async () => {
      const source = Readable.from([Buffer.from("0123"), Buffer.from("456789")]);
      await store.put("shows/1/trailer/t.mp4", source, "video/mp4");

      expect(await text(store.read("shows/1/trailer/t.mp4", { start: 2, end: 5 }))).toBe("2345");
      expect(await text(store.read("shows/1/trailer/t.mp4", { start: 8, end: 99 }))).toBe("89");
      expect(await text(store.read("shows/1/trailer/t.mp4", { start: 50, end: 60 }))).toBe("");
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
      expect(await subject.keys()).toEqual(["a.bin", "a.txt"]);
    });

    it("returns null from stat for a missing key, and fails the read stream", async () => {
      expect(await store.stat("shows/9/missing.png")).toBeNull();
      await expect(buffer(store.read("shows/9/missing.png"))).rejects.toBeInstanceOf(AppError);
      await expect(buffer(store.read("shows/9/missing.png"))).rejects.toEqual(notFound);
    });

    it("replaces a key whole, leaving nothing else behind", async () => {
      await store.put("shows/1/a.json", Buffer.from('{"v":1}'), "application/json");
      await store.put("shows/1/a.json", Buffer.from('{"v":2}'), "application/json");

      expect(await subject.keys()).toEqual(["shows/1/a.json"]);
      expect(await text(store.read("shows/1/a.json"))).toBe('{"v":2}');
    });

    it("keeps the old file and nothing else when a streamed write fails midway", async () => {
      await store.put("shows/1/clip.webm", Buffer.from("old"), "video/webm");
      async function* failing() {
        yield Buffer.from("half a vid");
        throw new Error("provider connection reset");
      }

      await expect(
        store.put("shows/1/clip.webm", Readable.from(failing()), "video/webm"),
      ).rejects.toThrow("provider connection reset");
      expect(await subject.keys()).toEqual(["shows/1/clip.webm"]);
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
        "exports/7",
        "exports/70",
      ]) {
        await store.put(key, Buffer.from(key), "image/png");
      }
      await store.deletePrefix("shows/4/");
      await store.deletePrefix("exports/7");
      await store.deletePrefix("shows/nothing-here");

      expect(await subject.keys()).toEqual(["exports/70", "shows/42/c.png", "shows/5.png"]);
    });

    it("gives a local file holding the bytes, for tools that read files", async () => {
      await store.put("shows/1/a.png", Buffer.from("pixels"), "image/png");

      expect(await fs.readFile(await store.localFile("shows/1/a.png"))).toEqual(
        Buffer.from("pixels"),
      );
      await expect(store.localFile("shows/1/missing.png")).rejects.toEqual(notFound);
    });

    describe("rejects unsafe keys as not found", () => {
      it.each(unsafeKeys)("%j", async (key) => {
        await expect(store.stat(key)).rejects.toEqual(notFound);
        await expect(store.put(key, Buffer.from("x"), "image/png")).rejects.toEqual(notFound);
        await expect(store.delete(key)).rejects.toEqual(notFound);
        await expect(store.localFile(key)).rejects.toEqual(notFound);
        expect(() => store.read(key)).toThrow(AppError);
        expect(() => store.localPath(key)).toThrow(AppError);
      });

      it("for deletePrefix too", async () => {
        await expect(store.deletePrefix("..")).rejects.toEqual(notFound);
        await expect(store.deletePrefix("/")).rejects.toEqual(notFound);
        await expect(store.deletePrefix("")).rejects.toEqual(notFound);
      });
    });
  });
}
