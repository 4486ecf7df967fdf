import assert from "node:assert/strict";
import { LibraryPage } from "../pages/library-page";
import { TaskDock } from "../pages/task-dock";
import type { Scenario } from "../support/harness";
import { showWithCast } from "../support/shows";
import { SLOW_POSTER } from "../support/test-settings";
import { eventually, text } from "../support/wait";

/** 6. Cancel a running poster from the dock, after a confirmation that says what cancel stops. */
export const cancelScenario: Scenario = {
  name: "cancel a running poster from the dock",
  async run({ newPage, screenshot, api }) {
    const show = await showWithCast(
      api,
      "A cartographer in a floating city discovers the maps are redrawing themselves each night.",
      SLOW_POSTER,
    );
    const page = await newPage();
    const library = new LibraryPage(page);
    await library.goto();
    const poster = await api.requestTask(show.id, "poster");

    const dock = new TaskDock(page);
    await dock.expand();
    await dock.waitForStatus(poster.id, "running", 30_000);
    const dialog = await dock.openCancel(poster.id);
    const note = dialog.getByTestId("cancel-note");
    await eventually("the cancel note", async () => !/Checking/.test(await text(note)));
    assert.ok((await text(note)).length > 10, "the dialog says whether the provider job stops");
    await screenshot(page, "confirm");

    await dialog.getByRole("button", { name: "Cancel task" }).click();
    await dock.waitForStatus(poster.id, "canceled", 15_000);
    const recorded = await api.task(poster.id);
    assert.equal(recorded.status, "canceled", "the server recorded the cancel");
    assert.ok(
      recorded.events.some((event) => event.type === "canceled"),
      "the timeline has the cancel",
    );
    await screenshot(page);
  },
};
