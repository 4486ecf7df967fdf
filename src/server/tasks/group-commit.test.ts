import { describe, expect, it } from "vitest";
import { GroupCommit } from "./group-commit";

describe("GroupCommit", () => {
  it("writes calls of the same tick together, and calls made during a write in the next batch", async () => {
    const batches: number[][] = [];
    let releaseFirst = () => {};
    const firstWritten = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    const commit = new GroupCommit<number, number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) {
        await firstWritten;
      }
      return items.map((item) => item * 10);
    });
    const first = [1, 2, 3].map((item) => commit.submit(item));
    await new Promise((resolve) => setImmediate(resolve));
    const second = [4, 5].map((item) => commit.submit(item));
    releaseFirst();
    expect(await Promise.all([...first, ...second])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it("fails only the caller whose item broke the batch, and says so", async () => {
    const failedBatches: number[] = [];
    const commit = new GroupCommit<string, string>(
      async (items) => {
        if (items.includes("bad")) {
          throw new Error("bad row");
        }
        return items.map((item) => item.toUpperCase());
      },
      { onBatchFailed: (_error, size) => failedBatches.push(size) },
    );
    const results = await Promise.allSettled(["a", "bad", "c"].map((item) => commit.submit(item)));
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(results[0]).toMatchObject({ value: "A" });
    expect(results[1]).toMatchObject({ reason: { message: "bad row" } });
    expect(failedBatches).toEqual([3]);
  });

  it("splits a burst larger than the batch limit", async () => {
    const sizes: number[] = [];
    const commit = new GroupCommit<number, number>(
      async (items) => {
        sizes.push(items.length);
        return items;
      },
      { maxBatch: 4 },
    );
    await Promise.all(Array.from({ length: 10 }, (_, i) => commit.submit(i)));
    expect(sizes).toEqual([4, 4, 2]);
  });
});
