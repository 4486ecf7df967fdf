import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assets, characters, shows } from "../../src/server/db/schema";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { rewriteAndRetry } from "../../src/server/pipeline/rewrite-and-retry";
import { createShow } from "../../src/server/shows/create-show";
import { parseShowSettings, type ShowSettings } from "../../src/server/shows/show-settings";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { waitForStatus } from "../helpers/test-engine";

describe("moderation recovery on the offline provider", () => {
  let t: TestContainer;
  let showId: string;
  let characterId: string;
  beforeAll(async () => {
    t = await createTestContainer();
    const show = await createShow(t.container.engine, {
      premise: "A night nurse in a harbour town keeps a ledger of the storms",
      autopilot: false,
      settings: { characterCount: 1 },
    });
    showId = show.id;
    await driveShow(t.container.engine, showId, { extras: false, idleTimeoutMs: 20_000 });
    const [member] = await t.container.db
      .select()
      .from(characters)
      .where(eq(characters.showId, showId));
    characterId = member!.id;
    await t.container.db
      .update(characters)
      .set({ portraitPrompt: "Portrait of the nurse, blood on her apron after a brutal night" })
      .where(eq(characters.id, characterId));
  });
  afterAll(() => t?.close());

  async function configure(patch: Partial<ShowSettings>, autopilot: boolean) {
    const { db } = t.container;
    const [show] = await db.select().from(shows).where(eq(shows.id, showId));
    const settings = { ...parseShowSettings(show!.settings), ...patch };
    await db.update(shows).set({ settings, autopilot }).where(eq(shows.id, showId));
  }

  const portrait = () =>
    t.container.engine.request({ showId, kind: "portrait", target: characterId });

  it("autopilot rewrites a blocked portrait prompt, saves the portrait and shows the diff", async () => {
    await configure({ testModeration: { words: ["blood"] } }, true);
    const { task } = await portrait();
    const done = await waitForStatus(t.container.engine, task.id, "succeeded", 30_000);

    const rewrite = done.events.find((event) => (event.data as { after?: string })?.after);
    const diff = rewrite!.data as { before: string; after: string };
    expect(diff.before).toContain("blood");
    expect(diff.after).not.toMatch(/\bblood\b/);
    expect(rewrite!.message).toMatch(/rewrote the prompt \(softened\)/);
    const [saved] = await t.container.db.select().from(assets).where(eq(assets.taskId, task.id));
    expect(saved!.prompt).toBe(diff.after);
    await configure({ testModeration: undefined }, false);
  });

  it("the third block fails the task and says to edit the prompt; an edited prompt then saves", async () => {
    await configure({ testModeration: { words: [], all: true } }, true);
    const { task } = await portrait();
    const failed = await waitForStatus(t.container.engine, task.id, "failed", 30_000);
    expect(failed.error).toMatchObject({
      code: "moderation",
      message: "Blocked by moderation three times; edit the prompt and try again",
    });
    expect(failed.events.filter((event) => (event.data as { after?: string })?.after)).toHaveLength(
      2,
    );

    // By hand: the user edits the prompt; the block list lets it through now.
    await configure({ testModeration: { words: ["blood"] } }, false);
    const { task: next, created } = await rewriteAndRetry(
      t.container,
      t.container.engine,
      task.id,
      "A calm portrait of the nurse at dawn",
    );
    expect(created).toBe(true);
    expect(next.version).toBe(failed.version + 1);
    const done = await waitForStatus(t.container.engine, next.id, "succeeded", 30_000);
    const used = done.events.find((event) => event.message === "Using the rewritten prompt");
    expect(used?.data).toMatchObject({ after: "A calm portrait of the nurse at dawn" });
    const [saved] = await t.container.db.select().from(assets).where(eq(assets.taskId, next.id));
    expect(saved!.prompt).toBe("A calm portrait of the nurse at dawn");
  });
});
