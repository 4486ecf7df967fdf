import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runVideoJob } from "../../src/server/pipeline/run-video-job";
import { createOfflineVideoProvider } from "../../src/server/providers/offline/video/offline-video-provider";
import {
  fixtureBlueprint,
  fixtureDossier,
  videoRequest,
  writePortrait,
} from "../../src/server/providers/offline/video/test-fixtures";
import { ProviderError } from "../../src/server/providers/provider-error";
import type { VideoProvider, VideoRequest } from "../../src/server/providers/types";
import { createLocalMediaStore } from "../../src/server/storage/local-media-store";
import type { TaskContext } from "../../src/server/tasks/task-kind";

/** A resumed attempt's context: the checkpoint a worker on another machine left behind. */
function resumedContext(lastCheckpoint: unknown) {
  const checkpoints: unknown[] = [];
  const logs: string[] = [];
  const context = {
    task: { id: "task-1", showId: "show-1" },
    input: {},
    signal: new AbortController().signal,
    progress() {},
    async checkpoint(data: unknown) {
      checkpoints.push(data);
    },
    lastCheckpoint,
    async log(message: string) {
      logs.push(message);
    },
    setCost() {},
    logger: pino({ level: "silent" }),
  } as unknown as TaskContext<unknown>;
  return { context, checkpoints, logs };
}

describe("a video job resumed on a machine that does not have it", () => {
  let dir: string;
  let request: VideoRequest;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "greenlight-elsewhere-"));
    request = videoRequest(
      {
        purpose: "character_video",
        blueprint: fixtureBlueprint,
        dossier: fixtureDossier("Maren Holt", "The eldest, who stayed"),
        portrait: await writePortrait(dir, 0),
      },
      4,
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("renders a free offline job again instead of failing the task", async () => {
    const machineA = createOfflineVideoProvider({ jobsDir: path.join(dir, "a-jobs") });
    const machineB = createOfflineVideoProvider({ jobsDir: path.join(dir, "b-jobs") });
    try {
      const lost = await machineA.submit(request);
      await machineA.cancel(lost.jobId);
      const { context, checkpoints, logs } = resumedContext({
        provider: "offline",
        jobId: lost.jobId,
        costUsd: 0,
      });
      const asset = await runVideoJob(context, {
        provider: machineB,
        request,
        label: "Character video",
        kind: "character_video",
        media: createLocalMediaStore(path.join(dir, "media")),
        pollIntervalMs: 100,
      });
      expect(asset).toMatchObject({ kind: "character_video", mime: "video/mp4" });
      expect(logs.some((line) => line.includes("rendering it again"))).toBe(true);
      expect(checkpoints[0]).toMatchObject({ provider: "offline" });
      expect((checkpoints[0] as { jobId: string }).jobId).not.toBe(lost.jobId);
    } finally {
      await Promise.all([machineA.close(), machineB.close()]);
    }
  });

  it("never submits a paid job twice: the task fails with the provider's answer", async () => {
    let submissions = 0;
    const paid: VideoProvider = {
      id: "replicate",
      async submit() {
        submissions += 1;
        return { jobId: "p_new", costUsd: 3.2 };
      },
      async status(jobId) {
        throw new ProviderError({
          provider: "replicate",
          code: "not_found",
          userMessage: `Replicate has no prediction ${jobId}`,
        });
      },
      async download() {
        throw new Error("not reached");
      },
      async cancel() {
        return { canceled: true, note: "" };
      },
    };
    const { context } = resumedContext({ provider: "replicate", jobId: "p_old", costUsd: 0 });
    await expect(
      runVideoJob(context, {
        provider: paid,
        request,
        label: "Character video",
        kind: "character_video",
        media: createLocalMediaStore(path.join(dir, "media")),
        pollIntervalMs: 100,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(submissions).toBe(0);
  });
});
