import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { CutPlan, CutShot, CutVoice } from "../../cut/cut-plan";
import { renderCut } from "../../cut/render-cut";
import { timeTrailer } from "../../cut/time-trailer";
import { drawEndCard, drawTitleCard } from "../../cut/trailer-cards";
import { shows } from "../../db/schema";
import { otioInputFromCut } from "../../exports/otio/otio-from-cut";
import { toOtioTimeline, writeOtio } from "../../exports/otio/to-otio-timeline";
import { type AssetDraft, insertAsset } from "../../shows/assets";
import { trailerPaths } from "../../shows/storyboard-package-paths";
import { endCardSeconds, trailerFrameSize } from "../../shows/trailer-script";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import type { PipelineServices } from "../pipeline-services";
import { pointShowAt } from "../show-pointers";
import {
  localPieceFiles,
  packagePathBook,
  storageKeys,
  timingInputs,
} from "../storyboard/cut-pieces";
import { loadTrailerInput, loadTrailerPlan } from "../storyboard/load-storyboard";
import { assertCutReady } from "../storyboard/missing-pieces";
import { type DrawnCard, storeCut, storeDrawnCards } from "../storyboard/store-cut";
import { castNames, planStoryboard } from "../storyboard/storyboard-plan";
import { applyTestHooks } from "../test-hooks";

interface TrailerResult {
  video: AssetDraft;
  subtitles: AssetDraft[];
  timeline?: AssetDraft;
  /** The title cards and end card the cut drew, kept for the package and its timeline. */
  cards: AssetDraft[];
}

const endCardId = "end-card";

/**
 * The trailer's board → the trailer: every picture shot as its clip (one paid image-to-video job
 * per shot, made by `shot_clip` tasks on a video model) or its frame moved by the camera (offline),
 * our own typographic title cards, cuts and dissolves, the voice-over running across cuts, the
 * score ducked under it, the end card with the poster and the whole cast billed, at −16 LUFS, in
 * 16:9 or 9:16. The stored length is the cut's real one: the script's shots plus the end card.
 */
export const trailerKind = (services: PipelineServices) =>
  defineTaskKind<Record<string, unknown>, TrailerResult>({
    id: "trailer",
    label: "Trailer",
    input: z.object({}).passthrough(),
    timeoutSeconds: 20 * 60,
    retry: { maxAttempts: 3, baseDelayMs: 10_000 },
    concurrency: 1,
    async handler(context) {
      const { task, progress, signal } = context;
      const { show, input, plan } = await loadTrailerPlan(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, input.settings, context);
      assertCutReady(plan, "trailer");
      if (input.board.kind !== "trailer") {
        throw new Error("loadTrailerPlan returned an episode board");
      }
      const size = trailerFrameSize(input.board.aspect);
      progress(0.05, "Gathering shots, voice-over and the score");
      const pictureOf = (shot: (typeof plan.shots)[number]) =>
        shot.clip && shot.clipCurrent ? shot.clip.id : (shot.frame?.id ?? null);
      const files = await localPieceFiles(services.db, services.media, [
        ...plan.shots.flatMap((shot) => [
          ...(shot.isCard ? [] : [pictureOf(shot)!]),
          ...shot.lines.map((line) => line.take!.id),
        ]),
        ...(input.score ? [input.score.id] : []),
        ...(show.posterAssetId ? [show.posterAssetId] : []),
      ]);
      const keys = await storageKeys(services.db, [...files.keys()]);
      const book = packagePathBook(files, keys);
      const inPackage = book.place;
      const workDir = await mkdtemp(path.join(tmpdir(), "greenlight-trailer-"));
      try {
        progress(0.08, "Setting the title cards");
        // Each card's asset id is chosen now: the timeline names it before its row exists.
        const cardFiles: DrawnCard[] = [];
        const drawCard = async (number: number | null, png: Buffer) => {
          const local = path.join(workDir, number === null ? "end-card.png" : `card-${number}.png`);
          await writeFile(local, png);
          const id = randomUUID();
          cardFiles.push({ id, number, png });
          book.placeMade(
            local,
            `${number === null ? trailerPaths.endCard() : trailerPaths.card(number)}.png`,
            id,
          );
          return local;
        };
        const shots: CutShot[] = [];
        for (const [index, shot] of plan.shots.entries()) {
          const number = index + 1;
          const transitionIn = index > 0 ? (shot.trailer?.transitionIn ?? "cut") : "cut";
          if (shot.isCard) {
            const png = await drawTitleCard(shot.trailer!.card, input.blueprint, size);
            shots.push({
              id: shot.row.id,
              durationSeconds: shot.spec.durationSeconds,
              visual: { type: "card", path: await drawCard(number, png) },
              transitionIn,
            });
            continue;
          }
          const picture = pictureOf(shot)!;
          const isClip = picture === shot.clip?.id;
          inPackage(picture, isClip ? trailerPaths.clip(number) : trailerPaths.frame(number));
          shots.push({
            id: shot.row.id,
            durationSeconds: shot.spec.durationSeconds,
            visual: isClip
              ? { type: "clip", path: files.get(picture)! }
              : {
                  type: "still",
                  path: files.get(picture)!,
                  move: shot.spec.cameraMove,
                  framing: shot.spec.framing,
                },
            transitionIn,
          });
        }
        const endCard = await drawEndCard(
          {
            blueprint: input.blueprint,
            posterPath: show.posterAssetId ? (files.get(show.posterAssetId) ?? null) : null,
            castNames: castNames(input.cast),
          },
          size,
        );
        shots.push({
          id: endCardId,
          durationSeconds: endCardSeconds,
          visual: { type: "card", path: await drawCard(null, endCard) },
          transitionIn: "dissolve",
        });
        const timed = timeTrailer(timingInputs(plan), endCardSeconds);
        const voices: CutVoice[] = plan.shots.flatMap((shot, index) =>
          timed[index]!.lines.map((placed) => {
            const line = shot.lines.find((candidate) => candidate.lineId === placed.id)!;
            inPackage(
              line.take!.id,
              trailerPaths.take(index + 1, line.speaker || "Narrator", line.lineId),
            );
            return {
              path: files.get(line.take!.id)!,
              startSeconds: placed.startSeconds,
              durationSeconds: placed.durationSeconds,
              text: line.text,
              speaker: line.speaker,
            };
          }),
        );
        if (input.score) {
          inPackage(input.score.id, trailerPaths.score());
        }
        const cut: CutPlan = {
          ...size,
          fps: 24,
          shots,
          voices,
          music: input.score ? { path: files.get(input.score.id)! } : null,
          loudnessLufs: -16,
          burnCaptions: false,
        };
        const made = await renderCut(cut, workDir, {
          signal,
          onProgress: ({ fraction, stage }) => progress(0.1 + 0.8 * fraction, stage),
        });
        progress(0.92, "Saving the trailer");
        const owner = { showId: task.showId, taskId: task.id };
        // Stored before the timeline that names them; their rows go in with it (onSucceeded).
        const cards = await storeDrawnCards(services, owner, size, cardFiles);
        const otio = writeOtio(
          toOtioTimeline(
            otioInputFromCut(cut, {
              name: `${input.blueprint.title} — trailer`,
              packagePath: book.packagePath,
              assetIdOf: book.assetIdOf,
              ...(input.score?.durationSeconds
                ? { musicDurationSeconds: input.score.durationSeconds }
                : {}),
              shotName: (id, index) => (id === endCardId ? "End card" : `Shot ${index + 1}`),
            }),
          ),
        );
        const stored = await storeCut(services, owner, "trailer", made, {
          prompt: `${input.board.seconds}-second trailer, ${input.board.aspect}, ${plan.shots.length} shots and the end card`,
          size,
          otio,
        });
        return { ...stored, video: { ...stored.video, contentHash: plan.cutHash }, cards };
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    },
    async onSucceeded({ scope, task, result }) {
      const video = await pointShowAt(scope.tx, task, result.video, "trailerAssetId");
      // The cards first: in one transaction with the timeline that names them by id.
      for (const piece of [
        ...result.cards,
        ...result.subtitles,
        ...(result.timeline ? [result.timeline] : []),
      ]) {
        await insertAsset(
          scope.tx,
          { ...piece, sourceAssetIds: [video.id] },
          { showId: task.showId, taskId: task.id },
        );
      }
      // The cut is what was asked for unless the board changed while it rendered.
      const show = (await scope.tx.select().from(shows).where(eq(shows.id, task.showId)))[0];
      if (show) {
        const now = planStoryboard(await loadTrailerInput(scope.tx, show));
        if (now.cutHash === result.video.contentHash) {
          await scope.tx
            .update(shows)
            .set({ trailerWanted: false })
            .where(eq(shows.id, task.showId));
        }
      }
      return autopilotFollowUps(scope.tx, task.showId);
    },
  });
