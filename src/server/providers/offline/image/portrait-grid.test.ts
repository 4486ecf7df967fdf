import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composePortraitGrid, gridOptionsFor, layoutGrid } from "./portrait-grid";
import { liveActionBlueprint, pngInfo, sha256, writeFixturePortraits } from "./test-fixtures";

let directory: string;
let portraits: { path: string; name: string }[];

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "greenlight-grid-"));
  portraits = await writeFixturePortraits(directory);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe("layoutGrid", () => {
  it("keeps the width and grows a row at a time", () => {
    const heights = [1, 2, 3, 4, 6, 7, 10].map((count) => layoutGrid(count, 3, 1536, false).size);
    expect(heights.every((size) => size.width === 1536)).toBe(true);
    const [one, two, three, four, six, seven, ten] = heights.map((size) => size.height);
    expect(one).toBe(two);
    expect(two).toBe(three);
    expect(four).toBeGreaterThan(three!);
    expect(six).toBe(four);
    expect(seven).toBeGreaterThan(six!);
    expect(ten).toBeGreaterThan(seven!);
  });

  it("centres a short last row", () => {
    const { slots, size, tile } = layoutGrid(4, 3, 1536, false);
    const last = slots[3]!;
    expect(last.left + tile / 2).toBeCloseTo(size.width / 2, 0);
  });

  it("makes room for a header when titled", () => {
    expect(layoutGrid(3, 3, 1536, true).size.height).toBeGreaterThan(
      layoutGrid(3, 3, 1536, false).size.height,
    );
  });
});

describe("composePortraitGrid", () => {
  it("lays out every portrait as a PNG of the reported size", async () => {
    const grid = await composePortraitGrid(portraits, gridOptionsFor(liveActionBlueprint));
    expect(grid.size).toEqual(layoutGrid(portraits.length, 3, 1536, true).size);
    expect(await pngInfo(grid.data)).toEqual({ format: "png", ...grid.size });
  });

  it("grows with the number of tiles", async () => {
    const small = await composePortraitGrid(portraits.slice(0, 2), { width: 768 });
    const large = await composePortraitGrid(portraits, { width: 768 });
    expect(small.size.width).toBe(768);
    expect(large.size.height).toBeGreaterThan(small.size.height);
    expect(await pngInfo(small.data)).toMatchObject(small.size);
  });

  it("is deterministic", async () => {
    const [first, second] = await Promise.all([
      composePortraitGrid(portraits.slice(0, 3), { width: 768 }),
      composePortraitGrid(portraits.slice(0, 3), { width: 768 }),
    ]);
    expect(sha256(first.data)).toBe(sha256(second.data));
  });

  it("takes its title and colours from the show", () => {
    expect(gridOptionsFor(liveActionBlueprint)).toEqual({
      title: "The Salt Archive",
      accent: expect.stringMatching(/^#[0-9a-f]{6}$/),
      background: expect.stringMatching(/^#[0-9a-f]{6}$/),
      ink: expect.stringMatching(/^#[0-9a-f]{6}$/),
      look: "photo-duotone",
    });
  });

  it("refuses an empty cast", async () => {
    await expect(composePortraitGrid([])).rejects.toThrow(RangeError);
  });
});
