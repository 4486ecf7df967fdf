import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assets, characters, shows, tasks } from "../../src/server/db/schema";
import { requireCurrentGrid } from "../../src/server/pipeline/current-grid";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { createShow } from "../../src/server/shows/create-show";
import { loadCharacters } from "../../src/server/shows/show-records";
import { updateShow } from "../../src/server/shows/update-show";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { waitFor, waitForStatus } from "../helpers/test-engine";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The trailer's cast shot once showed 4 of 6 characters: it started before the grid's last
// recompose. Six portraits finish in a random order, grids recompose in between; every time, the
// trailer (its first step, the script) must be asked for only once a grid of all six exists. The
// property is the decision, so the script is held by a test delay and canceled instead of
// written: 20 runs stay quick.
describe("the trailer's cast grid", () => {
  let t: TestContainer;
  beforeAll(async () => {
    t = await createTestContainer();
  });
  afterAll(async () => t.close());

  it("is asked for only with a grid of every current portrait, 20 runs in a row", {
    timeout: 600_000,
  }, async () => {
    const { db, engine } = t.container;
    const show = await createShow(engine, {
      premise: "Six strangers share one lighthouse in a storm",
      autopilot: false,
      settings: { characterCount: 6, autopilotThrough: "trailer" },
    });
    await driveShow(engine, show.id, { extras: false });
    const cast = await loadCharacters(db, show.id);
    expect(cast.filter((member) => member.dossier)).toHaveLength(6);
    await updateShow(db, show.id, {
      settings: { testDelays: { kinds: ["trailer_script"], seconds: 300 } },
    });

    for (let run = 0; run < 20; run++) {
      // A fresh start for the portraits and the grids and trailer drawn from them; autopilot on.
      // The first run's poster stays: the trailer's wait for a poster is not what is tested.
      await db
        .delete(tasks)
        .where(
          and(
            eq(tasks.showId, show.id),
            inArray(tasks.kind, ["portrait", "portrait_grid", "trailer_script"]),
          ),
        );
      await db
        .update(characters)
        .set({ portraitAssetId: null })
        .where(eq(characters.showId, show.id));
      await db
        .update(shows)
        .set({ autopilot: true, gridAssetId: null, trailerAssetId: null })
        .where(eq(shows.id, show.id));

      for (const member of [...cast].sort(() => Math.random() - 0.5)) {
        await engine.request({
          showId: show.id,
          kind: "portrait",
          target: member.id,
          title: `Portrait · ${member.name}`,
        });
        await sleep(Math.random() * 60);
      }

      const trailer = await waitFor(async () => {
        const [row] = await db
          .select()
          .from(tasks)
          .where(and(eq(tasks.showId, show.id), eq(tasks.kind, "trailer_script")));
        return row;
        // Six portraits and their grids under a loaded two-core machine.
      }, 150_000);

      // The grid current when the trailer was asked for: the newest one made at or before it (a
      // grid's row and the trailer it completes into share one transaction, hence one now()).
      const gridsBefore = await db
        .select({ id: assets.id, drew: assets.sourceAssetIds })
        .from(assets)
        .where(
          and(
            eq(assets.showId, show.id),
            eq(assets.kind, "portrait_grid"),
            // In SQL: a JS Date would cut PostgreSQL's microseconds.
            lte(assets.createdAt, sql`(select created_at from tasks where id = ${trailer.id})`),
          ),
        )
        .orderBy(asc(assets.createdAt));
      const gridAtRequest = gridsBefore.at(-1);
      const portraits = (await loadCharacters(db, show.id)).map((member) => member.portraitAssetId);
      expect(portraits.every(Boolean)).toBe(true);
      expect({ run, drew: [...(gridAtRequest?.drew ?? [])].sort() }).toEqual({
        run,
        drew: [...portraits].sort(),
      });
      // And it is the current grid: no newer one was on its way.
      expect(await requireCurrentGrid(db, show.id)).toBe(gridAtRequest!.id);

      await engine.cancel(trailer.id);
      await waitForStatus(engine, trailer.id, "canceled");
    }
  });
});
