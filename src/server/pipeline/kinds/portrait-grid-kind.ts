import { z } from "zod";
import { composePortraitGrid, gridOptionsFor } from "../../providers/offline/image/portrait-grid";
import type { AssetDraft } from "../../shows/assets";
import { blueprintOf, loadCharacters, loadShow } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { PipelineStepError } from "../pipeline-errors";
import type { PipelineServices } from "../pipeline-services";
import { mediaRefs } from "../show-context";
import { pointShowAt } from "../show-pointers";
import { storeOutput } from "../store-output";

interface GridResult {
  asset: AssetDraft;
  /** The portraits composed, so completion can tell whether a newer one arrived meanwhile. */
  portraitAssetIds: string[];
}

/** Current portraits → the cast grid (composited locally, no provider call). */
export const portraitGridKind = (services: PipelineServices) =>
  defineTaskKind<Record<string, never>, GridResult>({
    id: "portrait_grid",
    label: "Portrait grid",
    input: z.object({}).strict(),
    timeoutSeconds: 120,
    async handler({ task, progress }) {
      const cast = (await loadCharacters(services.db, task.showId)).filter(
        (member) => member.portraitAssetId,
      );
      if (cast.length === 0) {
        throw new PipelineStepError("No character has a portrait yet; generate a portrait first");
      }
      const refs = await mediaRefs(
        services.db,
        services.media,
        cast.map((member) => member.portraitAssetId),
      );
      const tiles = cast
        .map((member) => ({ path: refs.get(member.portraitAssetId!)?.path, name: member.name }))
        .filter((tile): tile is { path: string; name: string } => Boolean(tile.path));
      progress(0.3, `Composing ${tiles.length} portraits`);
      const show = await loadShow(services.db, task.showId);
      const blueprint = blueprintOf(show);
      const grid = await composePortraitGrid(
        tiles,
        blueprint ? gridOptionsFor(blueprint) : undefined,
      );
      const asset = await storeOutput(
        services.media,
        { showId: task.showId, taskId: task.id, kind: "portrait_grid" },
        grid.data,
        "image/png",
        {
          width: grid.size.width,
          height: grid.size.height,
          durationSeconds: null,
          provider: "local",
          model: "sharp-grid",
          prompt: "",
          costUsd: 0,
        },
      );
      return { asset, portraitAssetIds: cast.map((member) => member.portraitAssetId!) };
    },
    async onSucceeded({ scope, task, result }) {
      // The grid records what it drew, so "covers the current cast" is a lookup. A portrait that
      // finished while this grid was being composed makes it stale at once, and the rules compose
      // again before anything that shows the whole cast is asked for.
      await pointShowAt(
        scope.tx,
        task,
        { ...result.asset, sourceAssetIds: result.portraitAssetIds },
        "gridAssetId",
      );
      return autopilotFollowUps(scope.tx, task.showId);
    },
  });
