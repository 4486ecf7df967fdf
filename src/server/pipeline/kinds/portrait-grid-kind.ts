import { eq } from "drizzle-orm";
import { z } from "zod";
import { characters } from "../../db/schema";
import { composePortraitGrid, gridOptionsFor } from "../../providers/offline/image/portrait-grid";
import type { AssetDraft } from "../../shows/assets";
import { blueprintOf, loadCharacters, loadShow } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { showLevelFollowUps } from "../autopilot-rules";
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
      await pointShowAt(scope.tx, task, result.asset, "gridAssetId");
      const current = await scope.tx
        .select({ portraitAssetId: characters.portraitAssetId })
        .from(characters)
        .where(eq(characters.showId, task.showId));
      const composed = new Set(result.portraitAssetIds);
      // A portrait that finished while this grid was being composed was deduplicated into it;
      // compose again so the grid ends up with every current portrait.
      const stale = current.some(
        (member) => member.portraitAssetId && !composed.has(member.portraitAssetId),
      );
      const followUps = await showLevelFollowUps(scope.tx, task.showId);
      return stale ? [{ kind: "portrait_grid", title: "Portrait grid" }, ...followUps] : followUps;
    },
  });
