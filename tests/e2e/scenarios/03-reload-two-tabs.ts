import assert from "node:assert/strict";
import { ConsolePage } from "../pages/console-page";
import type { Scenario } from "../support/harness";
import { showWithCast } from "../support/shows";
import { SLOW_POSTER } from "../support/test-settings";

/** 3. Reload mid-task and a second tab agree on the running task; asking again starts nothing. */
export const reloadScenario: Scenario = {
  name: "reload and a second tab show the same running task",
  async run({ newPage, newTab, screenshot, api }) {
    const show = await showWithCast(
      api,
      "Rival families of rare-orchid growers in 1920s Lisbon, bound by a seed that blooms once a decade.",
      SLOW_POSTER,
    );
    const first = await newPage();
    const studio = new ConsolePage(first);
    await studio.goto(show.slug);
    await studio.generate("poster");
    await studio.waitForSlot("poster", ["active"]);
    const taskId = await studio.slotTaskId("poster");

    await first.reload();
    const reloaded = await studio.waitForSlot("poster", ["active"]);
    assert.equal(await reloaded.getAttribute("data-task-id"), taskId, "after reload: same task");

    const second = await newTab(first);
    const secondStudio = new ConsolePage(second);
    await secondStudio.goto(show.slug);
    const mirrored = await secondStudio.waitForSlot("poster", ["active"]);
    assert.equal(await mirrored.getAttribute("data-task-id"), taskId, "second tab: same task");

    // Where Generate was, the second tab offers the running task instead.
    const viewRunning = second.getByTestId("view-task-poster");
    assert.equal(
      await second.getByTestId("generate-poster").count(),
      0,
      "no second Generate button",
    );
    // Asking anyway (as a stale tab or a script would) returns the running task.
    const again = await second.evaluate(async (showId) => {
      const response = await fetch(`/api/shows/${showId}/tasks`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ kind: "poster" }),
      });
      return { status: response.status, id: ((await response.json()) as { id: string }).id };
    }, show.id);
    assert.deepEqual(
      again,
      { status: 200, id: taskId },
      "the server answers with the running task",
    );
    await screenshot(second);

    await viewRunning.click();
    await second.waitForURL(new RegExp(`/tasks/${taskId}$`));
    const posters = await api.tasks(show.id, "poster");
    assert.equal(posters.length, 1, "the server holds one poster task");
    await api.cancelTask(taskId ?? "").catch(() => undefined);
  },
};
