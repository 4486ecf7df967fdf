import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { createShow } from "../../src/server/shows/create-show";
import { requestShowTask } from "../../src/server/shows/request-show-task";
import { getShowDetail } from "../../src/server/shows/show-views";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

describe("without autopilot", () => {
  let t: TestContainer;
  beforeAll(async () => {
    t = await createTestContainer();
  });
  afterAll(async () => t.close());

  it("writes blueprint, cast and dossiers, and waits for the user for portraits", async () => {
    const show = await createShow(t.container.engine, {
      premise: "A kids' 2D anime about a girl who repairs broken robots in a junkyard city",
      autopilot: false,
      settings: { characterCount: 4 },
    });
    await driveShow(t.container.engine, show.id, { extras: false });
    const detail = await getShowDetail(t.container.db, show.id);
    expect(detail.characters).toHaveLength(4);
    expect(detail.characters.every((member) => member.dossier && !member.portrait)).toBe(true);
    expect(detail.poster).toBeNull();

    // The user asks for one portrait: the grid and the library poster follow with no other request.
    const first = detail.characters[0]!;
    const { task } = await requestShowTask(t.container, show.id, {
      kind: "portrait",
      target: first.id,
    });
    expect(task.title).toBe(`Portrait · ${first.name}`);
    await driveShow(t.container.engine, show.id, { extras: false });
    const after = await getShowDetail(t.container.db, show.id);
    expect(after.characters[0]!.portrait).not.toBeNull();
    expect(after.grid).not.toBeNull();
    expect(after.poster).not.toBeNull();
    expect(after.trailer).toBeNull();
    const tasks = await t.container.engine.list({ status: "all", showId: show.id, limit: 100 });
    expect(tasks.filter((row) => row.kind === "poster")).toHaveLength(1);

    // A second portrait refreshes the grid but leaves the poster alone.
    await requestShowTask(t.container, show.id, {
      kind: "portrait",
      target: detail.characters[1]!.id,
    });
    await driveShow(t.container.engine, show.id, { extras: false });
    const later = await getShowDetail(t.container.db, show.id);
    expect(later.versions.grid.length).toBeGreaterThanOrEqual(2);
    expect(later.versions.poster).toHaveLength(1);
  });
});
