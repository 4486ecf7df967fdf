import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { CutPlan, CutShot, CutVoice } from "../../cut/cut-plan";
import { renderCut } from "../../cut/render-cut";
import { timeShots } from "../../cut/time-shots";
import { episodes } from "../../db/schema";
import { otioInputFromCut } from "../../exports/otio/otio-from-cut";
import { toOtioTimeline, writeOtio } from "../../exports/otio/to-otio-timeline";
import { type AssetDraft, insertAsset } from "../../shows/assets";
import { loadEpisode, loadShow } from "../../shows/show-records";
import { storyboardPaths } from "../../shows/storyboard-package-paths";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import type { PipelineServices } from "../pipeline-services";
import { pointEpisodeAt } from "../show-pointers";
import {
  localPieceFiles,
  packagePathBook,
  storageKeys,
  timingInputs,
} from "../storyboard/cut-pieces";
import { loadStoryboardInput, loadStoryboardPlan } from "../storyboard/load-storyboard";
import { assertCutReady } from "../storyboard/missing-pieces";
import { storeCut } from "../storyboard/store-cut";
import { planStoryboard } from "../storyboard/storyboard-plan";
import { applyTestHooks } from "../test-hooks";

interface AnimaticResult {
  video: AssetDraft;
  subtitles: AssetDraft[];
  /** The cut as an OpenTimelineIO timeline pointing at the package's storyboard files. */
  timeline?: AssetDraft;
  episodeId: string;
  burnCaptions?: boolean;
}

/** `burnCaptions`: an export with the captions drawn into the picture, kept beside the cut. */
const animaticInput = z.object({ burnCaptions: z.boolean().optional() }).strict();
type AnimaticInput = z.infer<typeof animaticInput>;

const size = { width: 1280, height: 720 };

/**
 * An episode's storyboard → its animatic: each shot's clip if it has one, else its frame with the
 * camera move, as long as its lines need; the takes on the shots, the score ducked under them,
 * loudness at −16 LUFS; the MP4 with WebVTT and SRT captions.
 */
export const episodeAnimaticKind = (services: PipelineServices) =>
  defineTaskKind<AnimaticInput, AnimaticResult>({
    id: "episode_animatic",
    label: "Animatic",
    input: animaticInput,
    timeoutSeconds: 900,
    concurrency: 1,
    async handler(context) {
      const { task, progress, signal, input: options } = context;
      const burnCaptions = options.burnCaptions === true;
      const show = await loadShow(services.db, task.showId);
      const episode = await loadEpisode(services.db, task.showId, task.target ?? "");
      const { input, plan } = await loadStoryboardPlan(services.db, show.id, episode);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, input.settings, context);
      assertCutReady(plan);
      progress(0.05, "Gathering frames, takes and the score");
      const files = await localPieceFiles(services.db, services.media, [
        ...plan.shots.flatMap((shot) => [
          shot.row.clipAssetId ?? shot.frame!.id,
          ...shot.lines.map((line) => line.take!.id),
        ]),
        ...(input.score ? [input.score.id] : []),
      ]);
      const keys = await storageKeys(services.db, [...files.keys()]);
      const book = packagePathBook(files, keys);
      const inPackage = book.place;
      plan.shots.forEach((shot, index) => {
        const number = index + 1;
        if (shot.row.clipAssetId) {
          inPackage(shot.row.clipAssetId, storyboardPaths.clip(number));
        } else {
          inPackage(shot.frame!.id, storyboardPaths.frame(number));
        }
        for (const line of shot.lines) {
          inPackage(
            line.take!.id,
            storyboardPaths.take(number, line.speaker || "Narrator", line.lineId),
          );
        }
      });
      if (input.score) {
        inPackage(input.score.id, storyboardPaths.score());
      }
      const timed = timeShots(timingInputs(plan));
      const shots: CutShot[] = plan.shots.map((shot, index) => ({
        id: shot.row.id,
        durationSeconds: timed[index]!.durationSeconds,
        visual: shot.row.clipAssetId
          ? { type: "clip", path: files.get(shot.row.clipAssetId)! }
          : {
              type: "still",
              path: files.get(shot.frame!.id)!,
              move: shot.spec.cameraMove,
              framing: shot.spec.framing,
            },
        transitionIn: "cut",
      }));
      const voices: CutVoice[] = plan.shots.flatMap((shot, index) =>
        shot.lines.map((line, lineIndex) => {
          const placed = timed[index]!.lines[lineIndex]!;
          return {
            path: files.get(line.take!.id)!,
            startSeconds: placed.startSeconds,
            durationSeconds: placed.durationSeconds,
            text: line.text,
            speaker: line.speaker,
          };
        }),
      );
      const cut: CutPlan = {
        ...size,
        fps: 24,
        shots,
        voices,
        music: input.score ? { path: files.get(input.score.id)! } : null,
        loudnessLufs: -16,
        burnCaptions,
      };
      const workDir = await mkdtemp(path.join(tmpdir(), "greenlight-animatic-"));
      try {
        const made = await renderCut(cut, workDir, {
          signal,
          onProgress: ({ fraction, stage }) => progress(0.1 + 0.8 * fraction, stage),
        });
        progress(0.92, "Saving the animatic");
        const otio = burnCaptions
          ? null
          : writeOtio(
              toOtioTimeline(
                otioInputFromCut(cut, {
                  name: `Episode ${episode.number} animatic`,
                  packagePath: book.packagePath,
                  assetIdOf: book.assetIdOf,
                  ...(input.score?.durationSeconds
                    ? { musicDurationSeconds: input.score.durationSeconds }
                    : {}),
                  shotName: (_id, index) => `Shot ${index + 1}`,
                }),
              ),
            );
        const { video, subtitles, timeline } = await storeCut(
          services,
          { showId: task.showId, taskId: task.id },
          "episode_animatic",
          made,
          {
            prompt: `Episode ${episode.number} animatic${burnCaptions ? " with burned-in captions" : ""}`,
            size,
            otio,
          },
        );
        return {
          video: { ...video, contentHash: plan.cutHash },
          subtitles,
          ...(timeline ? { timeline } : {}),
          episodeId: episode.id,
          burnCaptions,
        };
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    },
    async onSucceeded({ scope, task, result }) {
      if (result.burnCaptions) {
        // An export: listed with the episode's versions, never the cut the player shows.
        await insertAsset(scope.tx, result.video, {
          showId: task.showId,
          taskId: task.id,
          episodeId: result.episodeId,
        });
        return [];
      }
      const video = await pointEpisodeAt(
        scope.tx,
        task,
        result.video,
        result.episodeId,
        "animaticAssetId",
      );
      for (const subtitle of [...result.subtitles, ...(result.timeline ? [result.timeline] : [])]) {
        await insertAsset(
          scope.tx,
          { ...subtitle, sourceAssetIds: [video.id] },
          { showId: task.showId, taskId: task.id, episodeId: result.episodeId },
        );
      }
      // The cut is what was asked for unless the board changed while it rendered.
      const show = await loadShow(scope.tx, task.showId);
      const episode = await loadEpisode(scope.tx, task.showId, result.episodeId);
      const now = planStoryboard(await loadStoryboardInput(scope.tx, show, episode));
      if (now.cutHash === result.video.contentHash) {
        await scope.tx
          .update(episodes)
          .set({ animaticWanted: false })
          .where(and(eq(episodes.id, result.episodeId), eq(episodes.showId, task.showId)));
      }
      return autopilotFollowUps(scope.tx, task.showId);
    },
  });
