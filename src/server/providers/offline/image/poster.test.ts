import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composePortraitGrid } from "./portrait-grid";
import { renderPoster } from "./poster";
import { cast, liveActionBlueprint, pngInfo, sha256, writeFixturePortraits } from "./test-fixtures";

let directory: string;
let withPortraits: Parameters<typeof renderPoster>[0]["cast"];
let gridPath: string;
const withoutPortraits = cast.map((dossier) => ({
  name: dossier.name,
  role: dossier.role,
  portrait: null,
}));

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "greenlight-poster-"));
  const portraits = await writeFixturePortraits(directory);
  withPortraits = portraits.map((portrait, index) => ({
    name: portrait.name,
    role: cast[index]!.role,
    portrait: { path: portrait.path, mime: "image/png" },
  }));
  gridPath = path.join(directory, "grid.png");
  await writeFile(gridPath, (await composePortraitGrid(portraits, { width: 768 })).data);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe("renderPoster", () => {
  it("draws 2:3 key art at 1024×1536 by default", async () => {
    const png = await renderPoster({
      blueprint: liveActionBlueprint,
      cast: withPortraits,
      grid: null,
    });
    expect(await pngInfo(png)).toEqual({ format: "png", width: 1024, height: 1536 });
  });

  it("is deterministic", async () => {
    const size = { width: 400, height: 600 };
    const input = { blueprint: liveActionBlueprint, cast: withPortraits, grid: null };
    const [first, second] = await Promise.all([
      renderPoster(input, size),
      renderPoster(input, size),
    ]);
    expect(sha256(first)).toBe(sha256(second));
  });

  it("falls back to the grid, then to a graphic emblem, when portraits are missing", async () => {
    const size = { width: 400, height: 600 };
    const fromGrid = await renderPoster(
      {
        blueprint: liveActionBlueprint,
        cast: withoutPortraits,
        grid: { path: gridPath, mime: "image/png" },
      },
      size,
    );
    const emblem = await renderPoster(
      { blueprint: liveActionBlueprint, cast: withoutPortraits, grid: null },
      size,
    );
    expect(await pngInfo(fromGrid)).toEqual({ format: "png", ...size });
    expect(await pngInfo(emblem)).toEqual({ format: "png", ...size });
    expect(sha256(fromGrid)).not.toBe(sha256(emblem));
  });
});
