import { eq, sql } from "drizzle-orm";
import { episodes, shows } from "../../db/schema";
import { type Season, seasonSchema } from "../../shows/documents";
import { loadCharacters, seedOf } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import type { PipelineServices } from "../pipeline-services";
import { loadShowContext } from "../show-context";
import { applyTestHooks } from "../test-hooks";
import { type DocumentResult, writeDocument } from "../write-document";

/** Blueprint + cast → episode format, season arc and the first season's loglines. */
export const episodesKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, DocumentResult<Season>>({
    id: "episodes",
    label: "Season",
    input: promptOverrideInput,
    timeoutSeconds: 300,
    async handler(context) {
      const { task } = context;
      const { show, blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const cast = (await loadCharacters(services.db, task.showId)).map(seedOf);
      return writeDocument(context, services, settings, {
        name: "season",
        schema: seasonSchema,
        values: {
          title: blueprint.title,
          logline: blueprint.logline,
          cast: cast.map((member) => `${member.name} (${member.role})`).join(", "),
        },
        textContext: { kind: "season", premise: show.premise, blueprint, cast },
        stage: `plotting the season`,
      });
    },
    async onSucceeded({ scope, task, result }) {
      const season = result.document;
      await scope.tx
        .update(shows)
        .set({ season, updatedAt: sql`now()` })
        .where(eq(shows.id, task.showId));
      // A new season replaces the episode list; the old stills and clips stay in the asset history.
      await scope.tx.delete(episodes).where(eq(episodes.showId, task.showId));
      await scope.tx.insert(episodes).values(
        season.episodes.map((episode, index) => ({
          showId: task.showId,
          number: index + 1,
          title: episode.title,
          outline: { ...episode, number: index + 1 },
        })),
      );
      return autopilotFollowUps(scope.tx, task.showId);
    },
  });
