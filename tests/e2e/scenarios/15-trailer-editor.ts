import assert from "node:assert/strict";
import { expectAccessible } from "../support/axe";
import type { Scenario } from "../support/harness";
import { waitForShow } from "../support/shows";

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/**
 * Issue 13, part 4: the trailer editor in the console — the cut with its captions beside the
 * length and shape pickers, a board of trailer shots; a trim and a title card's new words make
 * the cut out of date, "Re-cut trailer" says what it will make and cuts again, and a phone sees
 * it all without sideways scrolling.
 */
export const trailerEditorScenario: Scenario = {
  name: "the trailer editor",
  async run({ api, newPage, screenshot }) {
    const created = await api.createShow(
      "A retired safecracker and her nephew run a night market noodle stall in Taipei",
      { autopilot: true, settings: { characterCount: 2, autopilotThrough: "trailer" } },
    );
    const show = await waitForShow(
      api,
      created.id,
      "the trailer",
      (next) => next.trailer !== null,
      300_000,
    );

    const page = await newPage({ viewport: DESKTOP });
    page.on("dialog", (dialog) => void dialog.accept());
    await page.goto(`/shows/${show.slug}#trailer`);
    const editor = page.getByTestId("trailer-editor");
    await editor.waitFor();
    const track = page.locator('[data-testid="slot-trailer"] video track[kind="captions"]');
    assert.match((await track.getAttribute("src")) ?? "", /\.vtt/, "the cut plays with captions");
    const cards = page.getByTestId("trailer-shot-card");
    const count = await cards.count();
    assert.ok(count >= 6 && count <= 10, `6–10 shots in a 30 s trailer, saw ${count}`);
    assert.ok(
      (await page.locator('[data-testid="trailer-shot-card"][data-card="true"]').count()) >= 1,
      "the title card is on the board",
    );
    const cut = page.getByTestId("cut-trailer");
    await cut.filter({ hasText: "Trailer is current" }).waitFor();
    await expectAccessible(page, "the console with the trailer editor");

    // A trim: the cut is out of date, and a re-cut makes nothing new (every piece is reused).
    const second = cards.nth(1);
    const before = (await second.getByTestId("shot-seconds").textContent()) ?? "";
    const longer = second.getByRole("button", { name: /^Lengthen shot 2/ });
    const shorter = second.getByRole("button", { name: /^Shorten shot 2/ });
    await ((await longer.isEnabled()) ? longer : shorter).click();
    await second.getByTestId("shot-seconds").filter({ hasNotText: before }).waitFor();
    await cut.filter({ hasText: "Re-cut trailer" }).waitFor();
    const estimate = (await page.getByTestId("recut-estimate").textContent()) ?? "";
    assert.match(estimate, /^Re-cut.* · free$/, "offline, a re-cut is free");
    assert.doesNotMatch(estimate, /frame/, "a trim draws no frame again");

    // New words on the title card.
    const card = page.locator('[data-testid="trailer-shot-card"][data-card="true"]').first();
    await card.getByRole("button", { name: "Edit" }).click();
    await card.getByLabel("Card words").fill("This fall");
    await card.getByRole("button", { name: "Save shot" }).click();
    await card.getByText("This fall").waitFor();

    // A new line of voice-over: one take to record, then the cut.
    const hook = cards.first();
    await hook.getByRole("button", { name: "Edit" }).click();
    await hook.getByLabel("Narration").fill("Every night at midnight, the stall opens.");
    await hook.getByRole("button", { name: "Save shot" }).click();
    await page.getByTestId("recut-estimate").filter({ hasText: "1 voice take" }).waitFor();
    await page.evaluate(() => document.getElementById("trailer")?.scrollIntoView());
    await screenshot(page, "desktop");
    await cut.click();
    await cut.filter({ hasText: "Trailer is current" }).waitFor({ timeout: 300_000 });
    const recut = await api.show(show.id);
    assert.notEqual(recut.trailer?.id, show.trailer?.id, "a new cut replaced the old one");

    const phone = await newPage({ viewport: PHONE });
    await phone.goto(`/shows/${show.slug}#trailer`);
    await phone.getByTestId("trailer-shot-card").first().waitFor();
    await phone.getByTestId("cut-trailer").scrollIntoViewIfNeeded();
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 1, `no sideways scrolling on a phone (${overflow}px)`);
    await screenshot(phone, "phone");
  },
};
