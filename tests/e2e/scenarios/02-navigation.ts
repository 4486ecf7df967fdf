import assert from "node:assert/strict";
import { ConsolePage } from "../pages/console-page";
import { TaskDock } from "../pages/task-dock";
import type { Scenario } from "../support/harness";
import { showWithCast } from "../support/shows";
import { SLOW_POSTER } from "../support/test-settings";
import { eventually, parseElapsed, text } from "../support/wait";

/** 2. A running task (the poster) survives client navigation: same task, elapsed time continued, one task. */
export const navigationScenario: Scenario = {
  name: "a running poster survives navigation",
  async run({ newPage, screenshot, api }) {
    const show = await showWithCast(
      api,
      "A night-shift diner on a decommissioned space station where every customer is running from something.",
      SLOW_POSTER,
    );
    const page = await newPage();
    const studio = new ConsolePage(page);
    await studio.goto(show.slug);

    await studio.generate("poster");
    await studio.waitForSlot("poster", ["active"]);
    const taskId = await studio.slotTaskId("poster");
    assert.ok(taskId, "the poster slot names its task");
    await eventually("the running count in the page title", async () =>
      /^\(\d+\) /.test(await page.title()),
    );
    await page.waitForTimeout(1000);
    const before = parseElapsed(await text(studio.elapsedIn("poster")));

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Library" })
      .click();
    await page.waitForURL(/\/library$/);
    const dock = new TaskDock(page);
    await dock.expand();
    await dock.item(taskId).waitFor();
    await page.waitForTimeout(2000);
    await screenshot(page, "library");

    await page.locator(`[data-testid="show-card"][data-slug="${show.slug}"] a`).first().click();
    await page.waitForURL(new RegExp(`/shows/${show.slug}$`));
    const slot = await studio.waitForSlot("poster", ["active"]);
    assert.equal(await slot.getAttribute("data-task-id"), taskId, "the same task is still running");
    const after = parseElapsed(await text(studio.elapsedIn("poster")));
    assert.ok(after >= before + 2, `elapsed continued (${before}s → ${after}s)`);

    const posters = await api.tasks(show.id, "poster");
    assert.equal(posters.length, 1, "the server holds one poster task");
    await screenshot(page);
    await api.cancelTask(taskId).catch(() => undefined);
  },
};
