import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { onPostgres } from "../helpers/test-database";

const run = promisify(execFile);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-cli-"));

interface Summary {
  showId: string;
  slug: string;
  title: string;
  package: string;
  assets: {
    kind: string;
    characterId?: string;
    episodeId?: string;
    path: string;
    mime: string;
    bytes: number;
  }[];
}

// The CLI is one process with its own embedded database; the PostgreSQL run covers the engine.
describe.skipIf(onPostgres)("npx greenlight create", () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  // A whole season in a child process with the smallest cast (one character: one portrait, one
  // character video; the season's stills and clips stay): two minutes at load 10 on two cores.
  it("runs the whole pipeline and prints every asset with its file path as JSON", {
    timeout: 480_000,
  }, async () => {
    const { stdout } = await run(
      process.execPath,
      [
        "bin/greenlight.mjs",
        "create",
        "A",
        "lonely",
        "robot",
        "opens",
        "a",
        "noodle",
        "bar",
        "--json",
        "--characters",
        "1",
      ],
      { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "silent" }, timeout: 470_000 },
    );
    const summary = JSON.parse(stdout) as Summary;
    expect(summary.title.length).toBeGreaterThan(0);
    const kinds = summary.assets.map((asset) => asset.kind);
    // Autopilot carries the show through the first season on the offline provider.
    expect(kinds).toEqual(
      expect.arrayContaining([
        "poster",
        "portrait_grid",
        "trailer",
        "portrait",
        "character_video",
        "episode_still",
        "episode_clip",
        "trailer_script",
        // Episode 1's storyboard and its cut, which autopilot through the season makes.
        "episode_script",
        "storyboard_frame",
        "voice_line",
        "score",
        "episode_animatic",
        "subtitles",
        "timeline",
        "pitch_deck",
      ]),
    );
    expect(kinds.filter((kind) => kind === "portrait")).toHaveLength(1);
    expect(kinds.filter((kind) => kind === "character_video")).toHaveLength(1);
    // The season plan: six episodes, each with its still.
    const stills = summary.assets.filter((asset) => asset.kind === "episode_still");
    expect(new Set(stills.map((asset) => asset.episodeId)).size).toBe(6);
    for (const asset of summary.assets) {
      expect(fs.statSync(asset.path).size).toBe(asset.bytes);
      expect(asset.path.startsWith(dataDir)).toBe(true);
    }
    expect(summary.assets.find((asset) => asset.kind === "trailer")!.mime).toBe("video/mp4");
    expect(fs.statSync(summary.package).size).toBeGreaterThan(100_000);
  });

  // The trailer is cut from its own board: script, frames, voice-over, score, then the cut.
  it("stops after the trailer with --no-extras, listing the cut and its exports", {
    timeout: 300_000,
  }, async () => {
    const { stdout } = await run(
      process.execPath,
      [
        "bin/greenlight.mjs",
        "create",
        "A",
        "shy",
        "dragon",
        "--json",
        "--characters",
        "1",
        "--no-extras",
      ],
      { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "silent" }, timeout: 290_000 },
    );
    const { assets } = JSON.parse(stdout) as Summary;
    const kinds = assets.map((asset) => asset.kind);
    expect(kinds.filter((kind) => /character_video|episode_/.test(kind))).toEqual([]);
    // No episode has a cut yet: every caption file and timeline listed is the trailer's.
    const files = (kind: string) =>
      assets
        .filter((asset) => asset.kind === kind)
        .map((asset) => `${path.extname(asset.path)} ${asset.mime.split(";")[0]}`)
        .sort();
    expect(files("trailer_script")).toEqual([".json application/json"]);
    expect(files("trailer")).toEqual([".mp4 video/mp4"]);
    expect(files("subtitles")).toEqual([".srt application/x-subrip", ".vtt text/vtt"]);
    expect(files("timeline")).toEqual([".otio application/json"]);
    expect(files("pitch_deck")).toEqual([".pdf application/pdf"]);
    // And the pieces its timeline points at, as the package's trailer/ folder holds them.
    expect(kinds).toEqual(
      expect.arrayContaining(["storyboard_frame", "voice_line", "score", "trailer_card"]),
    );
    for (const asset of assets) {
      expect(fs.statSync(asset.path).size, asset.path).toBe(asset.bytes);
    }
  });

  it("explains its usage when the premise is missing", async () => {
    await expect(
      run(process.execPath, ["bin/greenlight.mjs", "create"], {
        env: { ...process.env, DATA_DIR: dataDir },
      }),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Usage: greenlight create"),
    });
  });
});
