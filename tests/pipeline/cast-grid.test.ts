import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assets, characters, shows, tasks } from "../../src/server/db/schema";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { createShow } from "../../src/server/shows/create-show";
import { loadCharacters } from "../../src/server/shows/show-records";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { waitFor, waitForStatus } from "../helpers/test-engine";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The trailer's cast shot once showed 4 of 6 characters: it started before the grid's last
// recompose. Six portraits finish in a random order, grids recompose in between; every time, the
// trailer must draw on a grid of all six.
describe("the trailer's cast grid", () => {
  let t: TestContainer;
  beforeAll(async () => {
    t = await createTestContainer();
  });
  afterAll(async () => t.close());

  it("covers every current portrait, 20 runs in a row", { timeout: 600_000 }, async () => {
    const { db, engine } = t.container;
    const show = await createShow(engine, {
      premise: "Six strangers share one lighthouse in a storm",
      autopilot: false,
      settings: { characterCount: 6, autopilotThrough: "trailer" },
    });
    await driveShow(engine, show.id, { extras: false });
    const cast = await loadCharacters(db, show.id);
    expect(cast.filter((member) => member.dossier)).toHaveLength(6);

    for (let run = 0; run < 20; run++) {
      // A fresh start for the portraits and everything drawn from them; autopilot on.
      await db
        .delete(tasks)
        .where(
          and(
            eq(tasks.showId, show.id),
            inArray(tasks.kind, ["portrait", "portrait_grid", "poster", "trailer"]),
          ),
        );
      await db
        .update(characters)
        .set({ portraitAssetId: null })
        .where(eq(characters.showId, show.id));
      await db
        .update(shows)
        .set({ autopilot: true, gridAssetId: null, posterAssetId: null, trailerAssetId: null })
        .where(eq(shows.id, show.id));

      for (const member of [...cast].sort(() => Math.random() - 0.5)) {
        await engine.request({
          showId: show.id,
          kind: "portrait",
          target: member.id,
          title: `Portrait · ${member.name}`,
        });
        await sleep(Math.random() * 120);
      }

      const line = await waitFor(async () => {
        const [trailer] = await engine.list({
          status: "all",
          showId: show.id,
          kind: "trailer",
          limit: 1,
        });
        if (!trailer) {
          return null;
        }
        const detail = await engine.get(trailer.id);
        const cast = detail.events.find((event) => event.message.startsWith("Cast shot"));
        return cast ? { trailer, cast } : null;
      }, 60_000);
      await engine.cancel(line.trailer.id);

      const portraits = (await loadCharacters(db, show.id)).map((member) => member.portraitAssetId);
      expect(portraits.every(Boolean)).toBe(true);
      const gridAssetId = (line.cast.data as { gridAssetId: string }).gridAssetId;
      const [grid] = await db.select().from(assets).where(eq(assets.id, gridAssetId));
      expect({ run, drew: [...(grid!.sourceAssetIds ?? [])].sort() }).toEqual({
        run,
        drew: [...portraits].sort(),
      });
      expect(line.cast.message).toBe("Cast shot from the grid of 6 portraits");
      await waitForStatus(engine, line.trailer.id, "canceled");
    }
  });
});
