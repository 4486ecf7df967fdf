import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shows, spendLedger } from "../../src/server/db/schema";
import { parseShowSettings } from "../../src/server/shows/show-settings";
import { getShowDetail, listShows } from "../../src/server/shows/show-views";
import { readShowSpend } from "../../src/server/spend/read-spend";
import { type OpenAIFake, startOpenAIFake } from "../fakes/openai-fake";
import { type ReplicateFake, startReplicateFake } from "../fakes/replicate-fake";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { waitFor, waitForStatus } from "../helpers/test-engine";
import {
  characterVideoRequest,
  type ReplicateVideoShow,
  showReadyForReplicateVideo,
} from "../real-providers/show-setup";

const apiKey = "sk-ledger-test";
const apiToken = "r8_ledger_test";
/** Veo 3.1, 8 s with audio: $0.40 a second. */
const characterVideoUsd = 3.2;

describe("the spend ledger", () => {
  let openai: OpenAIFake;
  let replicate: ReplicateFake;
  let t: TestContainer;
  let videoShow: ReplicateVideoShow;
  let showId: string;
  beforeAll(async () => {
    [openai, replicate] = await Promise.all([
      startOpenAIFake({ apiKey }),
      startReplicateFake({ apiToken, defaultPlan: { pollsUntilDone: 2 } }),
    ]);
    t = await createTestContainer({
      OPENAI_API_KEY: apiKey,
      OPENAI_BASE_URL: openai.url,
      REPLICATE_API_TOKEN: apiToken,
      REPLICATE_BASE_URL: replicate.url,
      PROVIDER_POLL_INTERVAL_MS: "50",
    });
    // Developed offline (its grid and first poster settled too) before the tests change providers.
    videoShow = await showReadyForReplicateVideo(t.container.engine);
    showId = videoShow.showId;
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([openai?.close(), replicate?.close()]);
  });

  const rowsOf = (kind: string) =>
    t.container.db
      .select()
      .from(spendLedger)
      .where(eq(spendLedger.showId, showId))
      .then((rows) => rows.filter((row) => row.kind === kind));

  it("a paid video is one row with its cost, its prediction and what the model made", async () => {
    const { engine, db } = t.container;
    const { task } = await engine.request(characterVideoRequest(videoShow));
    await waitForStatus(engine, task.id, "succeeded", 30_000);

    const rows = await rowsOf("character_video");
    expect(rows).toHaveLength(1);
    const [predictionId] = [...replicate.predictions.keys()];
    expect(rows[0]).toMatchObject({
      provider: "replicate",
      model: "google/veo-3.1",
      jobId: predictionId,
      taskId: task.id,
      costUsd: characterVideoUsd,
      outcome: "succeeded",
      // The fake makes a one-second clip; the ledger keeps what was made.
      seconds: 1,
    });
    const spend = await readShowSpend(db, showId);
    expect(spend.totalUsd).toBeCloseTo(characterVideoUsd, 6);
    expect(spend.byProvider).toEqual({ replicate: characterVideoUsd });
    expect(spend.byKind).toEqual({ character_video: characterVideoUsd });
    expect(spend.rows.map((row) => row.outcome)).toEqual(["succeeded"]);
  });

  it("a canceled paid job stays in the ledger, canceled", async () => {
    const { engine, db } = t.container;
    replicate.planNextPrediction({ pollsUntilDone: 100_000 });
    const { task } = await engine.request(characterVideoRequest(videoShow));
    await waitFor(async () => (await rowsOf("character_video")).length === 2);
    await engine.cancel(task.id);
    await waitForStatus(engine, task.id, "canceled");
    const spend = await waitFor(async () => {
      const read = await readShowSpend(db, showId);
      return read.rows[0]?.outcome === "canceled" ? read : null;
    });
    expect(spend.rows[0]).toMatchObject({ taskId: task.id, costUsd: characterVideoUsd });
    expect(spend.totalUsd).toBeCloseTo(2 * characterVideoUsd, 6);
    expect(spend.rows.map((row) => row.outcome)).toEqual(["canceled", "succeeded"]);
    // The console and the library show what was billed, the canceled job included.
    expect((await getShowDetail(db, showId)).costUsd).toBeCloseTo(2 * characterVideoUsd, 6);
    const [listed] = (await listShows(db, { sort: "recent" })).filter((row) => row.id === showId);
    expect(listed!.costUsd).toBeCloseTo(2 * characterVideoUsd, 6);
  });

  it("an OpenAI image is one row, written when the call returned", async () => {
    const { engine, db } = t.container;
    const [show] = await db.select().from(shows).where(eq(shows.id, showId));
    const settings = parseShowSettings(show!.settings);
    await db
      .update(shows)
      .set({ settings: { ...settings, image: { provider: "openai", model: "gpt-image-1" } } })
      .where(eq(shows.id, showId));
    const { task } = await engine.request({ showId, kind: "poster" });
    const done = await waitForStatus(engine, task.id, "succeeded", 30_000);

    const rows = await rowsOf("poster");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      provider: "openai",
      model: "gpt-image-1",
      jobId: null,
      taskId: task.id,
      outcome: "succeeded",
    });
    expect(rows[0]!.costUsd).toBeGreaterThan(0);
    expect(rows[0]!.costUsd).toBeCloseTo(done.costUsd ?? 0, 6);
  });
});
