import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { loadTrailerPlan } from "../../src/server/pipeline/storyboard/load-storyboard";
import { createShow } from "../../src/server/shows/create-show";
import { resumeAutopilot } from "../../src/server/shows/resume-autopilot";
import { getShowDetail } from "../../src/server/shows/show-views";
import { skipAutopilotStep } from "../../src/server/shows/skip-autopilot-step";
import { updateShow } from "../../src/server/shows/update-show";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

describe("a step that fails for good pauses autopilot", () => {
  let t: TestContainer;
  beforeAll(async () => {
    t = await createTestContainer();
  });
  afterAll(async () => t.close());

  it("says which portrait failed and why; Skip goes on to a trailer without that character", {
    timeout: 420_000,
  }, async () => {
    const { db, engine } = t.container;
    const show = await createShow(engine, {
      premise: "Three rival beekeepers guard a rooftop hive in Naples",
      autopilot: false,
      settings: { characterCount: 3, autopilotThrough: "trailer" },
    });
    await driveShow(engine, show.id, { extras: false, idleTimeoutMs: 30_000 });
    const noor = (await getShowDetail(db, show.id)).characters[1]!;
    // Moderation blocks this one character's portrait, every time.
    await updateShow(db, show.id, {
      autopilot: true,
      settings: {
        testFailures: { kinds: ["portrait"], versions: 10, targets: [noor.id], moderation: true },
      },
    });
    await resumeAutopilot(engine, show.id);
    await driveShow(engine, show.id, { extras: false, idleTimeoutMs: 30_000 });

    const paused = await getShowDetail(db, show.id);
    expect(paused.trailer).toBeNull();
    expect(paused.autopilotPause).toMatchObject({
      kind: "portrait",
      target: noor.id,
      skip: "character",
      message: `Portrait of ${noor.name} failed: Blocked by moderation (test hook) — Retry or Skip this character`,
    });

    await skipAutopilotStep(engine, show.id, { target: noor.id });
    await driveShow(engine, show.id, { extras: false, idleTimeoutMs: 30_000 });

    const done = await getShowDetail(db, show.id);
    expect(done.autopilotPause).toBeNull();
    expect(done.characters.find((member) => member.id === noor.id)).toMatchObject({
      skipped: true,
      portrait: null,
    });
    expect(done.trailer).not.toBeNull();
    expect(done.completion).toBe(1);
    // The trailer is cut without the skipped character: no shot shows or voices Noor.
    const { plan } = await loadTrailerPlan(db, show.id);
    const named = plan.shots.flatMap((shot) => [
      ...shot.spec.characterIds,
      ...shot.lines.map((line) => line.characterId),
    ]);
    expect(named).not.toContain(noor.id);
    expect(named.length).toBeGreaterThan(0);
  });
});
