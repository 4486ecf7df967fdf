import assert from "node:assert/strict";
import { ConsolePage } from "../pages/console-page";
import type { Scenario } from "../support/harness";
import { showWithCast } from "../support/shows";

/** 4. Without autopilot, the first portrait alone brings the grid and then the library poster. */
export const firstPortraitScenario: Scenario = {
  name: "the first portrait brings the library poster by itself",
  async run({ newPage, screenshot, api }) {
    const show = await showWithCast(
      api,
      "A stop-motion claymation heist comedy where retired circus animals plan to rob the zoo that replaced them.",
    );
    const page = await newPage();
    const studio = new ConsolePage(page);
    await studio.goto(show.slug);
    assert.equal(await studio.slot("poster").getAttribute("data-state"), "empty", "no poster yet");

    await studio.generate("portrait", 0);
    await studio.waitForSlot("portrait", ["done"], 60_000);
    const poster = await studio.waitForSlot("poster", ["done"], 90_000);
    await poster.getByTestId("asset-image").waitFor();
    await studio.waitForSlot("portrait_grid", ["done"]);

    const kinds = (await api.tasks(show.id)).map((task) => task.kind);
    assert.equal(
      kinds.filter((kind) => kind === "portrait").length,
      1,
      "one portrait was asked for",
    );
    assert.equal(
      kinds.filter((kind) => kind === "poster").length,
      1,
      "one poster task, fired by the chain",
    );
    assert.equal(
      kinds.filter((kind) => kind === "trailer").length,
      0,
      "no trailer without autopilot",
    );

    await page.locator("#artwork").scrollIntoViewIfNeeded();
    await screenshot(page);
  },
};
