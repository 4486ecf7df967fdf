import assert from "node:assert/strict";
import { ConsolePage } from "../pages/console-page";
import { TaskDetailPage } from "../pages/task-detail-page";
import { TaskDock } from "../pages/task-dock";
import type { Scenario } from "../support/harness";
import { showWithCast } from "../support/shows";
import { eventually, text } from "../support/wait";

/** 5. A failing task shows its reason in the dock and the timeline; Retry makes a version that works. */
export const failureScenario: Scenario = {
  name: "a failure shows its reason and Retry succeeds",
  async run({ newPage, screenshot, api }) {
    const show = await showWithCast(
      api,
      "An anime about a teenage chef who cooks for the spirits of a mountain shrine.",
      {
        testFailures: { kinds: ["poster"], versions: 1 },
      },
    );
    const page = await newPage();
    const studio = new ConsolePage(page);
    await studio.goto(show.slug);
    await studio.generate("poster");

    const failed = await studio.waitForSlot("poster", ["failed"], 60_000);
    const taskId = (await failed.getAttribute("data-task-id")) ?? "";
    assert.match(await text(failed.getByTestId("slot-error")), /failed on purpose/);

    const dock = new TaskDock(page);
    await dock.expand();
    const item = await dock.waitForStatus(taskId, "failed");
    assert.match(
      await text(item.getByTestId("dock-error")),
      /failed on purpose/,
      "the dock says why",
    );
    await screenshot(page, "dock");

    await item.getByRole("link", { name: /Library poster/ }).click();
    const detail = new TaskDetailPage(page);
    await detail.root().waitFor();
    assert.match(await text(detail.error()), /failed on purpose/, "the detail names the reason");
    const timeline = await detail.timelineEvents().allInnerTexts();
    assert.ok(
      timeline.some((line) => /failed/i.test(line) && /on purpose/.test(line)),
      `the timeline shows where it stopped:\n${timeline.join("\n")}`,
    );
    await screenshot(page, "detail");

    await detail
      .root()
      .getByRole("button", { name: /^Retry / })
      .click();
    await page.waitForURL(
      (url) => url.pathname.startsWith("/tasks/") && !url.pathname.endsWith(taskId),
    );
    await page
      .locator('[data-testid="task-detail"]:is([data-status="succeeded"], [data-status="failed"])')
      .waitFor({ timeout: 60_000 });
    if ((await detail.status()) !== "succeeded") {
      throw new Error(`the retry did not succeed: ${await text(detail.error())}`);
    }

    await studio.goto(show.slug);
    await (await studio.waitForSlot("poster", ["done"])).getByTestId("asset-image").waitFor();
    const posters = await eventually("two poster versions on the server", async () => {
      const tasks = (await api.tasks(show.id, "poster")).sort((a, b) => a.version - b.version);
      return tasks.length === 2 ? tasks : undefined;
    });
    assert.deepEqual(
      posters.map((task) => [task.version, task.status]),
      [
        [1, "failed"],
        [2, "succeeded"],
      ],
    );
    await screenshot(page);
  },
};
