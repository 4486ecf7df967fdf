import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as characterRoute from "../../src/app/api/shows/[id]/characters/[characterId]/route";
import * as showRoute from "../../src/app/api/shows/[id]/route";
import { setContainer } from "../../src/server/container";
import { shows } from "../../src/server/db/schema";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { pngInfo } from "../../src/server/providers/offline/image/test-fixtures";
import { createShow } from "../../src/server/shows/create-show";
import type { Blueprint } from "../../src/server/shows/documents";
import { requestShowTask } from "../../src/server/shows/request-show-task";
import { requestTrailerCut } from "../../src/server/shows/request-trailer-cut";
import { getShowDetail, listShows } from "../../src/server/shows/show-views";
import { textLimits } from "../../src/server/shows/text-limits";
import { createTestOwner } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

const base = "http://localhost";
const authorization = { value: "" };
const patch = (path: string, body: unknown) =>
  new Request(`${base}${path}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", authorization: authorization.value },
    body: JSON.stringify(body),
  });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });
type ErrorJson = { error: { code: string; message: string; field?: string } };

describe("text no renderer or page can be hurt by", () => {
  let t: TestContainer;
  let showId: string;
  let blueprint: Blueprint;
  beforeAll(async () => {
    t = await createTestContainer();
    setContainer(t.container);
    const owner = await createTestOwner(t.container);
    authorization.value = `Bearer ${owner.key}`;
    const show = await createShow(
      t.container.engine,
      {
        premise: "A lighthouse keeper who collects storms in jars",
        autopilot: false,
        settings: { characterCount: 2 },
      },
      owner.userId,
    );
    showId = show.id;
    await driveShow(t.container.engine, showId, { extras: false });
    blueprint = (await getShowDetail(t.container.db, showId)).blueprint as Blueprint;
  });
  afterAll(async () => {
    setContainer(null);
    await t.close();
  });

  it("refuses a 10,001-character tagline with 400 naming blueprint.tagline, and keeps the old one", async () => {
    const response = await showRoute.PATCH(
      patch(`/api/shows/${showId}`, { blueprint: { ...blueprint, tagline: "a".repeat(10_001) } }),
      params({ id: showId }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorJson;
    expect(body.error.field).toBe("blueprint.tagline");
    expect(body.error.message).toMatch(/blueprint\.tagline.*at most 200 characters/);
    const detail = await getShowDetail(t.container.db, showId);
    expect((detail.blueprint as Blueprint).tagline).toBe(blueprint.tagline);
  });

  it("refuses NUL and bidi overrides in a character name with 400 naming the field", async () => {
    const character = (await getShowDetail(t.container.db, showId)).characters[0]!;
    for (const name of ["Ada\u0000Vance", "Ada \u202Eecnav"]) {
      const response = await characterRoute.PATCH(
        patch(`/api/shows/${showId}/characters/${character.id}`, {
          dossier: { ...character.dossier, name },
        }),
        params({ id: showId, characterId: character.id }),
      );
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorJson).error.field).toBe("dossier.name");
    }
    const after = (await getShowDetail(t.container.db, showId)).characters[0]!;
    expect(after.name).toBe(character.name);
  });

  it("sends a 5 MB logline stored before the limits cut to its limit", async () => {
    await t.container.db
      .update(shows)
      .set({ logline: "storms ".repeat(750_000) })
      .where(eq(shows.id, showId));
    const [summary] = await listShows(t.container.db, { sort: "recent" });
    expect(summary!.logline!.length).toBeLessThanOrEqual(textLimits.logline);
    expect(JSON.stringify(await getShowDetail(t.container.db, showId)).length).toBeLessThan(
      100_000,
    );
  });

  it("renders the poster and trailer of a show whose 50,000-character tagline bypassed the API", async () => {
    await t.container.db
      .update(shows)
      .set({ blueprint: { ...blueprint, tagline: "storms in jars ".repeat(3_400) } })
      .where(eq(shows.id, showId));
    // One portrait: the grid and the library poster follow (first-portrait-poster.test.ts).
    const first = (await getShowDetail(t.container.db, showId)).characters[0]!;
    await requestShowTask(t.container, showId, { kind: "portrait", target: first.id });
    await driveShow(t.container.engine, showId, { extras: false });
    const posters = (await t.container.engine.list({ status: "all", showId, limit: 100 })).filter(
      (row) => row.kind === "poster",
    );
    expect(posters.map((row) => [row.status, row.error?.message ?? null])).toEqual([
      ["succeeded", null],
    ]);
    const detail = await getShowDetail(t.container.db, showId);
    expect(detail.poster).not.toBeNull();
    const key = detail.poster!.url.replace("/api/media/", "");
    const file = await readFile(await t.container.media.localFile(key));
    expect(await pngInfo(file)).toMatchObject({ format: "png", width: 1024, height: 1536 });

    // The trailer's title card and end card draw the title and the tagline, where resvg used to
    // abort the whole process.
    await requestTrailerCut(t.container.engine, showId);
    await driveShow(t.container.engine, showId, { extras: false });
    const cuts = (await t.container.engine.list({ status: "all", showId, limit: 200 })).filter(
      (row) => row.kind === "trailer",
    );
    expect(cuts.map((row) => [row.status, row.error?.message ?? null])).toEqual([
      ["succeeded", null],
    ]);
  }, 240_000);
});
