import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { ConsolePage } from "../pages/console-page";
import { HomePage } from "../pages/home-page";
import type { Scenario } from "../support/harness";
import { showWithCast } from "../support/shows";
import { text } from "../support/wait";

/** Holds portraits "running" long enough to open a dialog and cancel them on a busy machine. */
const SLOW_PORTRAITS = { testDelays: { kinds: ["portrait"], seconds: 45 } } as const;

/** Issue 14: unknown pages are 404s, copy reads as sentences, a cancel is not an alarm. */
export const statesAndCopyScenario: Scenario = {
  name: "unknown pages, messages and cancels read right",
  async run({ newPage, screenshot, api }) {
    for (const path of [`/api/tasks/${randomUUID()}`, "/api/tasks/not-a-uuid"]) {
      const answer = await api.get(path);
      assert.equal(answer.status, 404, `${path} is a 404, not a 500`);
      assert.deepEqual(
        (answer.body as { error: { code: string } }).error.code,
        "not_found",
        `${path} says not_found`,
      );
    }

    const page = await newPage();
    await expectNotFound(page, `/tasks/${randomUUID()}`, "No such task");
    await expectNotFound(page, "/tasks/not-a-uuid", "No such task");
    await expectNotFound(page, "/shows/no-such-show", "No such show");
    await screenshot(page, "404");

    const home = new HomePage(page);
    await home.goto();
    await home.premise().fill("ab");
    await home.submitButton().click();
    const message = await text(home.error());
    assert.doesNotMatch(message, /premise:/i, "the field key stays out of the message");
    assert.match(message, /Describe the show in at least 3 characters\./);

    const show = await showWithCast(
      api,
      "A night-shift radio host in Reykjavik takes calls from listeners who are dreaming.",
      SLOW_PORTRAITS,
    );
    const [first] = show.characters;
    assert.ok(first, "the show has a cast");
    const studio = new ConsolePage(page);
    await studio.goto(show.slug);
    // The meter counts what the promised package holds, the season included: far from complete.
    const meter = (await page.getByTestId("package-meter").textContent()) ?? "";
    const [, made, promised] = meter.match(/(\d+) of (\d+) parts of the package/) ?? [];
    assert.ok(Number(made) > 0 && Number(made) < Number(promised), `an honest meter: "${meter}"`);
    const video = studio.slot("character_video");
    assert.match(
      await text(video),
      new RegExp(`No showcase video of ${first.name} yet`),
      "a name keeps its own case in the middle of a sentence",
    );

    // The dialog outlives its row: a task that ends while it is open is said, not vanished.
    await studio.generate("portrait");
    const running = await studio.waitForSlot("portrait", ["active"], 60_000);
    const taskId = (await running.getAttribute("data-task-id")) ?? "";
    await running.getByRole("button", { name: /^Cancel / }).click();
    const dialog = page.getByRole("dialog", { name: /Portrait/ });
    await dialog.getByTestId("cancel-note").waitFor({ timeout: 60_000 });
    await api.cancelTask(taskId); // as another tab would
    await dialog.getByTestId("cancel-finished").waitFor({ timeout: 60_000 });
    assert.match(await text(dialog), /already finished/);
    assert.equal(
      await dialog.getByRole("button", { name: "Cancel task" }).count(),
      0,
      "nothing is left to confirm",
    );
    await screenshot(page, "finished-meanwhile");
    await dialog.getByRole("button", { name: "Close" }).click();

    // The user's own cancel is neutral: no alert colours, no alert icon.
    await studio.generate("portrait", 1);
    const slot = await studio.waitForSlot("portrait", ["active"], 60_000, 1);
    await slot.getByRole("button", { name: /^Cancel / }).click();
    await page
      .getByRole("dialog", { name: /^Cancel/ })
      .getByRole("button", { name: "Cancel task" })
      .click();
    const canceled = await studio.waitForSlot("portrait", ["failed"], 30_000, 1);
    const status = canceled.getByTestId("slot-status");
    assert.match(await text(status), /Canceled/);
    assert.equal(await status.locator("svg").count(), 0, "no alert icon on a cancel");
    const background = await status.evaluate(
      (element) => getComputedStyle(element).backgroundColor,
    );
    assert.doesNotMatch(background, /255, 112, 112/, `a cancel is not painted red (${background})`);
    await canceled.scrollIntoViewIfNeeded();
    await screenshot(page, "canceled");

    await studio.generate("portrait", 2);
    await studio.waitForSlot("portrait", ["done"], 120_000, 2);
    const meta = studio.slot("portrait", 2).locator("p").filter({ hasText: "Offline art" });
    // The separators are drawn by CSS; the parts are the spans.
    assert.match(
      (await meta.locator("span").allTextContents()).join(" · "),
      /^Offline art · v1 · free/,
      "asset meta a person can read",
    );
  },
};

async function expectNotFound(page: Page, path: string, heading: string): Promise<void> {
  const response = await page.goto(path);
  assert.equal(response?.status(), 404, `${path} answers 404`);
  await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
}
