import assert from "node:assert/strict";
import type { Scenario } from "../support/harness";
import { waitForShow } from "../support/shows";

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/**
 * Issue 12: an episode's storyboard in the console — made from one button, a board of shot
 * cards with frames and voiced lines, the animatic with captions, and an edit that marks the cut
 * out of date until it is re-cut.
 */
export const storyboardScenario: Scenario = {
  name: "an episode's storyboard and animatic",
  async run({ api, newPage, screenshot }) {
    const created = await api.createShow(
      "A retired safecracker and her nephew run a night market noodle stall in Taipei",
      { autopilot: true, settings: { characterCount: 2, autopilotThrough: "trailer" } },
    );
    await waitForShow(api, created.id, "the trailer", (show) => show.trailer !== null, 300_000);
    await api.requestTask(created.id, "episodes");
    const show = await waitForShow(api, created.id, "the season", (next) => next.season !== null);

    const page = await newPage({ viewport: DESKTOP });
    await page.goto(`/shows/${show.slug}#storyboard`);
    const board = page.getByTestId("storyboard");
    await board.waitFor();
    await page.getByTestId("make-animatic").click();
    // Script, a frame per shot, every line, the score, then the cut: each its own task.
    await page.getByTestId("animatic-video").waitFor({ timeout: 420_000 });
    const cards = page.getByTestId("shot-card");
    const count = await cards.count();
    assert.ok(count >= 8 && count <= 14, `8–14 shots on the board, saw ${count}`);
    assert.equal(await board.locator("img").count(), count, "every shot card shows its frame");
    assert.ok((await board.locator("audio").count()) > 0, "voiced lines can be played");
    const track = page.locator('[data-testid="animatic-video"] track[kind="captions"]');
    assert.match((await track.getAttribute("src")) ?? "", /\.vtt/, "the cut has its caption track");
    await screenshot(page, "desktop");

    // An edit: the frame is out of date and the cut offers to re-cut.
    const first = cards.first();
    await first.getByRole("button", { name: "Edit" }).click();
    await first.getByLabel("Action").fill("The stall's shutter rattles up on an empty street.");
    await first.getByRole("button", { name: "Save shot" }).click();
    await first.getByText("Out of date").waitFor();
    await page.getByRole("button", { name: "Re-cut animatic" }).waitFor();

    const phone = await newPage({ viewport: PHONE });
    await phone.goto(`/shows/${show.slug}#storyboard`);
    await phone.getByTestId("shot-card").first().waitFor();
    await phone.getByTestId("shot-card").first().scrollIntoViewIfNeeded();
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 1, `no sideways scrolling on a phone (${overflow}px)`);
    await screenshot(phone, "phone");
  },
};
