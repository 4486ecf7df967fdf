import { and, eq, sql } from "drizzle-orm";
import { shots } from "../../db/schema";
import { type AssetDraft, insertAsset } from "../../shows/assets";
import { episodeOutlineSchema, seasonSchema } from "../../shows/documents";
import { type EpisodeScript, episodeScriptSchema } from "../../shows/episode-script";
import { episodeSequence } from "../../shows/shot-records";
import { dossierOf, loadCharacters, loadEpisode, seedOf } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import type { PipelineServices } from "../pipeline-services";
import { loadShowContext } from "../show-context";
import { storeOutput } from "../store-output";
import { cleanScript } from "../storyboard/clean-script";
import { applyTestHooks } from "../test-hooks";
import { type DocumentResult, writeDocument } from "../write-document";

type ScriptResult = DocumentResult<EpisodeScript> & { episodeId: string; asset: AssetDraft };

/**
 * Blueprint, cast and the episode's outline → the cold open as a shot list. A new script replaces
 * the episode's shots; their frames and takes stay in the asset history.
 */
export const episodeScriptKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, ScriptResult>({
    id: "episode_script",
    label: "Script",
    input: promptOverrideInput,
    timeoutSeconds: 300,
    concurrency: 2,
    async handler(context) {
      const { task } = context;
      const { show, blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const episode = await loadEpisode(services.db, task.showId, task.target ?? "");
      const outline = episodeOutlineSchema.parse(episode.outline);
      const castRows = (await loadCharacters(services.db, task.showId)).filter(
        (member) => !member.skipped,
      );
      const cast = castRows.map((member) => ({
        id: member.id,
        seed: seedOf(member),
        dossier: dossierOf(member),
      }));
      const season = seasonSchema.safeParse(show.season);
      const written = await writeDocument(context, services, settings, {
        name: "episode_script",
        schema: episodeScriptSchema,
        values: {
          title: blueprint.title,
          logline: blueprint.logline,
          medium: blueprint.productionStyle.medium,
          genre: blueprint.genre,
          tone: blueprint.tone,
          setting: blueprint.setting,
          number: episode.number,
          episodeTitle: outline.title,
          episodeLogline: outline.logline,
          aPlot: outline.aPlot,
          cast: cast
            .map(
              ({ id, seed, dossier }) =>
                `${id}: ${seed.name} (${seed.role}); voice: ${dossier?.voice ?? seed.vibe}`,
            )
            .join("\n"),
        },
        textContext: {
          kind: "episode_script",
          premise: show.premise,
          blueprint,
          cast,
          season: season.success ? season.data : null,
          episode: outline,
        },
        stage: `breaking episode ${episode.number} into shots`,
      });
      // The script as written is kept as a versioned asset; the board's shots are what edits change.
      const asset = await storeOutput(
        services.media,
        { showId: task.showId, taskId: task.id, kind: "episode_script" },
        Buffer.from(`${JSON.stringify(written.document, null, 2)}\n`),
        "application/json",
        {
          width: null,
          height: null,
          durationSeconds: written.document.shots.reduce(
            (sum, shot) => sum + shot.durationSeconds,
            0,
          ),
          provider: written.provider,
          model: written.model,
          prompt: written.prompt,
          costUsd: 0,
        },
      );
      return { ...written, episodeId: episode.id, asset };
    },
    async onSucceeded({ scope, task, result }) {
      const castIds = new Set(
        (await loadCharacters(scope.tx, task.showId)).map((member) => member.id),
      );
      const specs = cleanScript(result.document, castIds);
      await insertAsset(scope.tx, result.asset, {
        showId: task.showId,
        taskId: task.id,
        episodeId: result.episodeId,
      });
      const sequence = episodeSequence(result.episodeId);
      await scope.tx
        .delete(shots)
        .where(and(eq(shots.showId, task.showId), eq(shots.sequence, sequence)));
      await scope.tx.insert(shots).values(
        specs.map((spec, position) => ({
          showId: task.showId,
          episodeId: result.episodeId,
          sequence,
          position,
          spec,
          updatedAt: sql`now()`,
        })),
      );
      return autopilotFollowUps(scope.tx, task.showId);
    },
  });
