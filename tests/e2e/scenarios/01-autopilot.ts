import assert from "node:assert/strict";
import { ConsolePage } from "../pages/console-page";
import { HomePage } from "../pages/home-page";
import { expectAccessible } from "../support/axe";
import type { Scenario } from "../support/harness";

const PREMISE =
  "A retired lighthouse keeper on a fog-bound Scottish island starts receiving distress calls from ships that sank a century ago.";

/** 1. A premise in; with autopilot everything down to a playable trailer appears unasked. */
export const autopilotScenario: Scenario = {
  name: "autopilot makes the whole package from a premise",
  async run({ newPage, screenshot, api }) {
    const page = await newPage();
    const home = new HomePage(page);
    await home.goto();
    await expectAccessible(page, "home page");
    await screenshot(page, "home");

    assert.equal(await home.autopilot().isChecked(), true, "autopilot is on by default");
    // A first visit offers three premises and says what autopilot makes; a click fills the box.
    const firstRun = page.getByTestId("first-run");
    await firstRun.getByRole("button", { name: /^Lighthouse noir/ }).click();
    assert.equal(await home.premise().inputValue(), PREMISE, "the example fills the form");
    assert.match((await firstRun.textContent()) ?? "", /A 30-second trailer\s*about 30 s/);
    const slug = await home.createShow(PREMISE);
    const studio = new ConsolePage(page);
    await studio.root().waitFor();

    await page.getByTestId("blueprint-view").waitFor({ timeout: 60_000 });
    await studio.waitForSlot("poster", ["done"], 120_000);
    // The trailer renders last; catch the console while it is still live.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "live");
    await studio.waitForSlot("trailer", ["done"], 300_000);

    const cards = await studio.characterCards().count();
    assert.ok(cards > 0, "the cast appears");
    for (let index = 0; index < cards; index += 1) {
      const portrait = studio.slot("portrait", index);
      assert.equal(
        await portrait.getAttribute("data-state"),
        "done",
        `portrait ${index + 1} is done`,
      );
      await portrait.getByTestId("asset-image").waitFor();
    }
    await (await studio.waitForSlot("portrait_grid", ["done"]))
      .getByTestId("asset-image")
      .waitFor();
    await (await studio.waitForSlot("poster", ["done"])).getByTestId("asset-image").waitFor();
    const played = await studio.playTrailer();
    assert.ok(played > 0.3, `the trailer plays (reached ${played.toFixed(2)}s)`);

    const show = await api.show(slug);
    assert.ok(
      show.trailer && show.poster && show.grid,
      "the server holds trailer, poster and grid",
    );
    assert.ok(
      show.characters.every((member) => member.portrait),
      "every character has a portrait",
    );

    await expectAccessible(page, "show console");
    await page.locator("#cast").evaluate((section) => section.scrollIntoView());
    await screenshot(page, "cast");
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page);
  },
};
