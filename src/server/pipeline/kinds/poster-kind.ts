import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { shows } from "../../db/schema";
import { type AssetDraft, insertAsset } from "../../shows/assets";
import { loadCharacters } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { showLevelFollowUps } from "../autopilot-rules";
import { failForTestIfAsked } from "../pipeline-errors";
import type { PipelineServices } from "../pipeline-services";
import { renderPrompt } from "../prompt-templates";
import { castLine, loadShowContext, mediaRefs, paletteText } from "../show-context";
import { storeOutput } from "../store-output";

/** Blueprint + grid → the library poster (the show's face in the library). */
export const posterKind = (services: PipelineServices) =>
  defineTaskKind<Record<string, never>, { asset: AssetDraft }>({
    id: "poster",
    label: "Library poster",
    input: z.object({}).strict(),
    timeoutSeconds: 300,
    async handler({ task, signal, progress, setCost }) {
      const { show, blueprint, settings } = await loadShowContext(services.db, task.showId);
      failForTestIfAsked(services.env.GREENLIGHT_TEST_HOOKS, settings, task);
      const cast = await loadCharacters(services.db, task.showId);
      const refs = await mediaRefs(services.db, services.media, [
        show.gridAssetId,
        ...cast.map((member) => member.portraitAssetId),
      ]);
      const prompt = await renderPrompt(services.db, "poster", {
        title: blueprint.title,
        tagline: blueprint.tagline,
        posterDescription: blueprint.posterDescription,
        cast: castLine(cast),
        medium: blueprint.productionStyle.medium,
        palette: paletteText(blueprint),
      });
      const grid = show.gridAssetId ? (refs.get(show.gridAssetId) ?? null) : null;
      const provider = services.providers.image(settings.image);
      progress(0.1, `${settings.image.model} · designing the poster`);
      const size = { width: 1024, height: 1536 };
      const image = await provider.generate({
        prompt,
        references: grid ? [grid] : [],
        size,
        context: {
          purpose: "poster",
          blueprint,
          grid,
          cast: cast.map((member) => ({
            name: member.name,
            role: (member.seed as { role?: string }).role ?? "",
            portrait: member.portraitAssetId ? (refs.get(member.portraitAssetId) ?? null) : null,
          })),
        },
        model: settings.image.model,
        signal,
      });
      setCost(image.costUsd);
      const asset = await storeOutput(
        services.media,
        { showId: task.showId, taskId: task.id, kind: "poster" },
        image.data,
        image.mime,
        {
          width: image.size.width,
          height: image.size.height,
          durationSeconds: null,
          provider: provider.id,
          model: image.model,
          prompt,
          costUsd: image.costUsd,
        },
      );
      return { asset };
    },
    async onSucceeded({ scope, task, result }) {
      const row = await insertAsset(scope.tx, result.asset, {
        showId: task.showId,
        taskId: task.id,
      });
      await scope.tx
        .update(shows)
        .set({ posterAssetId: row.id, updatedAt: sql`now()` })
        .where(eq(shows.id, task.showId));
      return showLevelFollowUps(scope.tx, task.showId);
    },
  });
