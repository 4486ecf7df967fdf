import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderEpisodeStill } from "./episode-still";
import { liveActionBlueprint, pngInfo, sha256, writeFixturePortraits } from "./test-fixtures";

let directory: string;
let inShot: { name: string; portrait: { path: string; mime: string } | null }[];
const episode = {
  number: 3,
  title: "Sodium Light",
  logline: "The lamps go out along the sea wall.",
};

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "greenlight-still-"));
  const portraits = await writeFixturePortraits(directory);
  inShot = portraits.map((portrait) => ({
    name: portrait.name,
    portrait: { path: portrait.path, mime: "image/png" },
  }));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe("renderEpisodeStill", () => {
  it("draws a 1280×720 frame by default", async () => {
    const png = await renderEpisodeStill({
      blueprint: liveActionBlueprint,
      episode,
      cast: inShot.slice(0, 2),
    });
    expect(await pngInfo(png)).toEqual({ format: "png", width: 1280, height: 720 });
  });

  it("is deterministic and differs by episode", async () => {
    const size = { width: 640, height: 360 };
    const input = { blueprint: liveActionBlueprint, episode, cast: inShot.slice(0, 3) };
    const [first, second, other] = await Promise.all([
      renderEpisodeStill(input, size),
      renderEpisodeStill(input, size),
      renderEpisodeStill(
        { ...input, episode: { ...episode, number: 4, title: "Slack Tide" } },
        size,
      ),
    ]);
    expect(sha256(first)).toBe(sha256(second));
    expect(sha256(other)).not.toBe(sha256(first));
  });

  it("stands in silhouettes for cast without portraits, and copes with an empty set", async () => {
    const size = { width: 640, height: 360 };
    const silhouettes = await renderEpisodeStill(
      { blueprint: liveActionBlueprint, episode, cast: [{ name: "Nobody Yet", portrait: null }] },
      size,
    );
    const empty = await renderEpisodeStill(
      { blueprint: liveActionBlueprint, episode, cast: [] },
      size,
    );
    expect(await pngInfo(silhouettes)).toEqual({ format: "png", ...size });
    expect(await pngInfo(empty)).toEqual({ format: "png", ...size });
  });
});
