import { and, eq, sql } from "drizzle-orm";
import { shots } from "../../db/schema";
import { type AssetDraft, insertAsset } from "../../shows/assets";
import { seasonSchema } from "../../shows/documents";
import { dossierOf, loadCharacters, seedOf } from "../../shows/show-records";
import {
  endCardSeconds,
  type TrailerScript,
  trailerScriptSchema,
  trailerSequence,
  trailerShotCounts,
} from "../../shows/trailer-script";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import type { PipelineServices } from "../pipeline-services";
import { loadShowContext } from "../show-context";
import { storeOutput } from "../store-output";
import { cleanTrailerScript } from "../storyboard/clean-trailer-script";
import { applyTestHooks } from "../test-hooks";
import { type DocumentResult, writeDocument } from "../write-document";

type TrailerScriptResult = DocumentResult<TrailerScript> & { asset: AssetDraft; seconds: 30 | 60 };

/**
 * Blueprint, cast and season → the trailer as a shot list in a trailer's shape, at the length the
 * show's settings ask for. A new script replaces the trailer's board; the old frames, takes and
 * clips stay in the asset history (and are found again by hash if a shot comes back unchanged).
 */
export const trailerScriptKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, TrailerScriptResult>({
    id: "trailer_script",
    label: "Trailer script",
    input: promptOverrideInput,
    timeoutSeconds: 300,
    async handler(context) {
      const { task } = context;
      const { show, blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const { seconds } = settings.trailer;
      const cast = (await loadCharacters(services.db, task.showId))
        .filter((member) => !member.skipped)
        .map((member) => ({ id: member.id, seed: seedOf(member), dossier: dossierOf(member) }));
      const parsedSeason = seasonSchema.safeParse(show.season);
      const season = parsedSeason.success ? parsedSeason.data : null;
      const counts = trailerShotCounts[seconds];
      const written = await writeDocument(context, services, settings, {
        name: "trailer_script",
        schema: trailerScriptSchema,
        values: {
          title: blueprint.title,
          logline: blueprint.logline,
          tagline: blueprint.tagline,
          genre: blueprint.genre,
          tone: blueprint.tone,
          setting: blueprint.setting,
          seconds,
          shotSeconds: seconds - endCardSeconds,
          shotCount: `${counts.min}–${counts.max}`,
          cast: cast
            .map(
              ({ id, seed, dossier }) =>
                `${id}: ${seed.name} (${seed.role}); voice: ${dossier?.voice ?? seed.vibe}`,
            )
            .join("\n"),
          seasonArc: season?.seasonArc ?? "not planned yet",
          episodes: season
            ? season.episodes.map((episode) => `${episode.number}. ${episode.logline}`).join(" ")
            : "not planned yet",
        },
        textContext: {
          kind: "trailer_script",
          premise: show.premise,
          blueprint,
          cast,
          season,
          seconds,
        },
        stage: `cutting a ${seconds}-second trailer`,
      });
      // The script as written is kept as a versioned asset; the board's shots are what edits change.
      const asset = await storeOutput(
        services.media,
        { showId: task.showId, taskId: task.id, kind: "trailer_script" },
        Buffer.from(`${JSON.stringify(written.document, null, 2)}\n`),
        "application/json",
        {
          width: null,
          height: null,
          durationSeconds: seconds,
          provider: written.provider,
          model: written.model,
          prompt: written.prompt,
          costUsd: 0,
        },
      );
      return { ...written, asset, seconds };
    },
    async onSucceeded({ scope, task, result }) {
      const castIds = new Set(
        (await loadCharacters(scope.tx, task.showId)).map((member) => member.id),
      );
      const specs = cleanTrailerScript(result.document, castIds, result.seconds);
      await insertAsset(scope.tx, result.asset, { showId: task.showId, taskId: task.id });
      await scope.tx
        .delete(shots)
        .where(and(eq(shots.showId, task.showId), eq(shots.sequence, trailerSequence)));
      await scope.tx.insert(shots).values(
        specs.map((spec, position) => ({
          showId: task.showId,
          sequence: trailerSequence,
          position,
          spec,
          updatedAt: sql`now()`,
        })),
      );
      return autopilotFollowUps(scope.tx, task.showId);
    },
  });
