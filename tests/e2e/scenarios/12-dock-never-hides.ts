import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { ConsolePage } from "../pages/console-page";
import { TaskDock } from "../pages/task-dock";
import type { Scenario, ScenarioContext } from "../support/harness";
import { showWithCast, waitForShow } from "../support/shows";
import { coveredActions } from "../support/uncovered";
import { eventually } from "../support/wait";

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Holds portraits long enough that the dock lists a running task while the pages are checked. */
const SLOW_PORTRAITS = { testDelays: { kinds: ["portrait"], seconds: 40 } } as const;

/** Issue 14: the dock stays out of the way at both sizes and folds repeats into one row. */
export const dockScenario: Scenario = {
  name: "the dock never hides the work",
  async run(context) {
    const { api } = context;
    const show = await showWithCast(
      api,
      "Two rival lighthouse keepers on neighbouring islands signal insults to each other in Morse code.",
      SLOW_PORTRAITS,
    );
    // Something running, so the dock is there while the pages are checked.
    const lead = show.characters[0];
    assert.ok(lead, "the show has a cast");
    const portrait = await api.requestTask(show.id, "portrait", lead.id);

    for (const [label, viewport] of [
      ["desktop", DESKTOP],
      ["phone", PHONE],
    ] as const) {
      const page = await context.newPage({ viewport });
      const dock = new TaskDock(page);
      for (const path of [`/shows/${show.slug}`, "/library", "/"]) {
        await page.goto(path);
        await dock.root().waitFor({ timeout: 30_000 });
        assert.equal(
          await page.getByTestId("dock-task").count(),
          0,
          `${label} ${path}: the dock starts collapsed`,
        );
        const covered = await coveredActions(page);
        assert.deepEqual(covered, [], `${label} ${path}: no action is covered`);
      }
      await page.goto(`/shows/${show.slug}`);
      await new ConsolePage(page).root().waitFor();
      await context.screenshot(page, `${label}-collapsed`);
      await dock.expand();
      const row = dock.item(portrait.id);
      await row.waitFor();
      const numbers = ((await row.textContent()) ?? "").match(/\d+\s?%/g) ?? [];
      assert.ok(numbers.length <= 1, `one progress number per task, not ${numbers.join(" and ")}`);
      await context.screenshot(page, `${label}-open`);
      await page.close();
    }

    await repeatsAreOneRow(context, show.id, show.slug, lead);
  },
};

/**
 * A second take of a portrait is one row with its take and count; on a phone the open sheet
 * closes itself once nothing runs any more.
 */
async function repeatsAreOneRow(
  context: ScenarioContext,
  showId: string,
  slug: string,
  character: { id: string; name: string },
) {
  const { api } = context;
  await waitForShow(
    api,
    showId,
    "the first portrait",
    (show) => show.characters.some((member) => member.portrait),
    120_000,
  );
  const second = await api.requestTask(showId, "portrait", character.id);
  const page: Page = await context.newPage({ viewport: PHONE });
  await page.goto(`/shows/${slug}`);
  const dock = new TaskDock(page);
  await dock.expand();
  // Other scenarios' tasks share the dock in a full run: this character's portrait rows only.
  const rows = page.getByTestId("dock-task").filter({ hasText: `Portrait · ${character.name}` });
  await eventually("one portrait row", async () => (await rows.count()) === 1);
  assert.equal(await rows.first().getAttribute("data-task-id"), second.id, "the newest take");
  assert.match((await rows.first().textContent()) ?? "", /take 2 · ×2/);
  await context.screenshot(page, "phone-sheet");

  await eventually(
    "the sheet closing itself when everything is done",
    async () => (await page.getByTestId("dock-task").count()) === 0,
    { timeoutMs: 120_000 },
  );
  assert.equal((await api.task(second.id)).status, "succeeded", "the portrait finished");
  await context.screenshot(page, "phone-done");
}
