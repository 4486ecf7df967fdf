import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as mediaRoute from "../../src/app/api/media/[...path]/route";
import * as templateRoute from "../../src/app/api/prompt-templates/[key]/route";
import * as packageRoute from "../../src/app/api/shows/[id]/package.zip/route";
import * as showRoute from "../../src/app/api/shows/[id]/route";
import { setContainer } from "../../src/server/container";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { createShow } from "../../src/server/shows/create-show";
import { requestShowTask } from "../../src/server/shows/request-show-task";
import { getShowDetail } from "../../src/server/shows/show-views";
import { updateCharacter } from "../../src/server/shows/update-show";
import { createTestOwner, type TestAccount } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

/** Requests carry the owner's API key: the accounts check lets them through to what is tested. */
let owner: TestAccount;
const asOwner = (url: string, init?: RequestInit) => owner.request(url, init);

const base = "http://localhost";
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

describe("package, media, templates and deletion", () => {
  let t: TestContainer;
  let showId: string;
  beforeAll(async () => {
    t = await createTestContainer();
    setContainer(t.container);
    owner = await createTestOwner(t.container);
    const show = await createShow(t.container.engine, {
      premise: "A sentient vending machine runs for mayor of a sleepy seaside town",
      autopilot: false,
      settings: { characterCount: 2 },
    });
    showId = show.id;
    await driveShow(t.container.engine, showId, { extras: false });
  });
  afterAll(async () => {
    setContainer(null);
    await t.close();
  });

  it("builds portraits from the edited template and a character's own prompt", async () => {
    const put = await templateRoute.PUT(
      asOwner(`${base}/api/prompt-templates/portrait`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ body: "Studio portrait of {{name}} in {{medium}}, house style X" }),
      }),
      params({ key: "portrait" }),
    );
    expect(put.status).toBe(200);
    const unknown = await templateRoute.PUT(
      asOwner(`${base}/api/prompt-templates/sitcom`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ body: "a long enough body" }),
      }),
      params({ key: "sitcom" }),
    );
    expect(unknown.status).toBe(400);

    const detail = await getShowDetail(t.container.db, showId);
    const [first, second] = detail.characters;
    await updateCharacter(t.container.db, showId, second!.id, {
      portraitPrompt: "A custom prompt for {{name}} only",
    });
    await requestShowTask(t.container, showId, { kind: "portrait", target: first!.id });
    await requestShowTask(t.container, showId, { kind: "portrait", target: second!.id });
    await driveShow(t.container.engine, showId, { extras: false });
    const after = await getShowDetail(t.container.db, showId);
    expect(after.characters[0]!.portrait!.prompt).toBe(
      `Studio portrait of ${first!.name} in ${after.blueprint!.productionStyle.medium}, house style X`,
    );
    expect(after.characters[1]!.portrait!.prompt).toBe(`A custom prompt for ${second!.name} only`);
    expect(after.poster).not.toBeNull();
  });

  it("serves media with ranges and hides anything outside the store", async () => {
    const detail = await getShowDetail(t.container.db, showId);
    const key = detail.poster!.url.replace("/api/media/", "");
    const whole = await mediaRoute.GET(
      asOwner(`${base}${detail.poster!.url}`),
      params({ path: key.split("/") }),
    );
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("image/png");
    const part = await mediaRoute.GET(
      asOwner(`${base}${detail.poster!.url}`, { headers: { range: "bytes=0-7" } }),
      params({ path: key.split("/") }),
    );
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    const traversal = await mediaRoute.GET(
      asOwner(`${base}/api/media/x`),
      params({ path: ["..", "..", "etc", "passwd"] }),
    );
    expect(traversal.status).toBe(404);
  });

  it("downloads the package as a ZIP with documents and media", async () => {
    const response = await packageRoute.GET(
      asOwner(`${base}/api/shows/${showId}/package.zip`),
      params({ id: showId }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const zip = Buffer.from(await response.arrayBuffer());
    expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const names = zip.toString("latin1");
    for (const name of [
      "README.md",
      "blueprint.json",
      "poster.png",
      "portrait-grid.png",
      "dossier.json",
      "portrait.png",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("deletes the show, its rows and its files", async () => {
    const detail = await getShowDetail(t.container.db, showId);
    const posterPath = t.container.media.localPath(detail.poster!.url.replace("/api/media/", ""))!;
    expect(fs.existsSync(posterPath)).toBe(true);
    const response = await showRoute.DELETE(
      asOwner(`${base}/api/shows/${showId}`, { method: "DELETE" }),
      params({ id: showId }),
    );
    expect(response.status).toBe(204);
    expect(fs.existsSync(posterPath)).toBe(false);
    const gone = await showRoute.GET(
      asOwner(`${base}/api/shows/${showId}`),
      params({ id: showId }),
    );
    expect(gone.status).toBe(404);
    expect(await t.container.engine.list({ status: "all", showId, limit: 10 })).toEqual([]);
  });
});
