import assert from "node:assert/strict";
import { TaskDetailPage } from "../pages/task-detail-page";
import { TaskDock } from "../pages/task-dock";
import type { Scenario } from "../support/harness";
import { showWithCast } from "../support/shows";
import { eventually } from "../support/wait";

/**
 * 10. Moderation blocks a portrait; "Rewrite and retry" proposes a softer prompt, the user edits it,
 * and the new version runs with the edited prompt and succeeds.
 */
export const rewriteRetryScenario: Scenario = {
  name: "a moderated portrait offers Rewrite and retry with an editable prompt",
  async run({ newPage, screenshot, api }) {
    const show = await showWithCast(
      api,
      "A night nurse in a harbour town keeps a ledger of the storms.",
      { testModeration: { words: ["blood"] } },
    );
    const member = show.characters[0]!;
    const page = await newPage();
    await page.goto(`/shows/${show.slug}`);
    // The blocked word goes into this character's portrait prompt, as a user could write it.
    const saved = await page.evaluate(
      async ({ showId, characterId }) =>
        (
          await fetch(`/api/shows/${showId}/characters/${characterId}`, {
            method: "PATCH",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ portraitPrompt: "Portrait of the nurse, blood on her apron" }),
          })
        ).status,
      { showId: show.id, characterId: member.id },
    );
    assert.equal(saved, 200, "the portrait prompt was saved");
    const blocked = await api.requestTask(show.id, "portrait", member.id);
    await eventually("the portrait blocked by moderation", async () => {
      const task = await api.task(blocked.id);
      return task.status === "failed" && task.error?.code === "moderation" ? task : undefined;
    });

    const dock = new TaskDock(page);
    await dock.expand();
    const item = await dock.waitForStatus(blocked.id, "failed");
    await item.getByRole("button", { name: /^Rewrite and retry / }).waitFor();
    await screenshot(page, "dock");

    const detail = new TaskDetailPage(page);
    await detail.goto(blocked.id);
    await detail
      .root()
      .getByRole("button", { name: /^Rewrite and retry / })
      .click();
    const dialog = page.getByRole("dialog", { name: "Rewrite and retry" });
    const prompt = dialog.getByTestId("rewrite-prompt");
    await prompt.waitFor({ timeout: 30_000 });
    const proposed = await prompt.inputValue();
    assert.doesNotMatch(proposed, /\bblood\b/i, "the proposal softens the blocked word");
    assert.match(proposed, /nurse/, "the proposal keeps the rest of the prompt");
    await prompt.fill(`${proposed}, at dawn`);
    await screenshot(page, "dialog");
    await dialog.getByRole("button", { name: "Retry with this prompt" }).click();

    await page.waitForURL(
      (url) => url.pathname.startsWith("/tasks/") && !url.pathname.endsWith(blocked.id),
    );
    await page
      .locator('[data-testid="task-detail"]:is([data-status="succeeded"], [data-status="failed"])')
      .waitFor({ timeout: 60_000 });
    assert.equal(await detail.status(), "succeeded", "the rewritten version got through");
    const versions = (await api.tasks(show.id, "portrait")).sort((a, b) => a.version - b.version);
    assert.deepEqual(
      versions.map((task) => [task.version, task.status]),
      [
        [1, "failed"],
        [2, "succeeded"],
      ],
    );
    const rewritten = await api.task(versions[1]!.id);
    assert.equal(
      (rewritten.input as { promptOverride?: string }).promptOverride,
      `${proposed}, at dawn`,
      "the new version ran with the edited prompt",
    );
    await screenshot(page);
  },
};
