import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { expectAccessible } from "../support/axe";
import type { Scenario } from "../support/harness";
import { waitForShow } from "../support/shows";

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Issue 14: a shared show is a clean page for visitors, with the poster as its link preview. */
export const sharePageScenario: Scenario = {
  name: "a shared show is a clean public page",
  async run({ api, newPage, screenshot }) {
    const created = await api.createShow(
      "A neo-noir graphic novel about a night-shift archivist who finds her own obituary filed under next week.",
      { autopilot: true, settings: { autopilotThrough: "trailer" } },
    );
    await waitForShow(api, created.id, "the trailer", (show) => show.trailer !== null, 300_000);
    await api.requestTask(created.id, "episodes");
    const show = await waitForShow(api, created.id, "the season", (next) => next.season !== null);
    const { path, token } = await api.share(show.id);

    for (const [label, viewport] of [
      ["desktop", DESKTOP],
      ["phone", PHONE],
    ] as const) {
      const visitor = await newPage({ signedOut: true, viewport });
      await visitor.goto(path);
      await visitor.getByRole("heading", { name: show.title ?? "", level: 1 }).waitFor();
      await expectNoStudio(visitor, label);
      await visitor.getByRole("img", { name: /^Poster for / }).waitFor();
      await visitor.getByTestId("trailer-player").waitFor();
      assert.ok(
        (await visitor.getByRole("heading", { name: "Cast" }).count()) === 1,
        `${label}: the cast`,
      );
      assert.ok(
        (await visitor.getByRole("heading", { name: "Season one" }).count()) === 1,
        `${label}: the season`,
      );
      const labels = (await visitor.getByTestId("show-labels").textContent()) ?? "";
      const words = labels
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
      assert.equal(new Set(words).size, words.length, `no word said twice in "${labels}"`);
      await screenshot(visitor, label);
      if (label === "desktop") {
        await expectAccessible(visitor, "share page");
        const download = visitor.getByTestId("download-package");
        const zip = await visitor.request.get((await download.getAttribute("href")) ?? "");
        assert.equal(zip.status(), 200, "a visitor downloads the package through the link");
        assert.equal(zip.headers()["content-type"], "application/zip");
        const image = await visitor
          .locator('meta[property="og:image"]')
          .first()
          .getAttribute("content");
        assert.match(image ?? "", /^https?:\/\/.+\/poster\/.+share=/, "og:image is the poster");
        assert.equal((await visitor.request.get(image ?? "")).status(), 200, "og:image loads");
      }
      await visitor.close();
    }

    // The owner sees the same page, plus the way back to the studio.
    const owner = await newPage();
    await owner.goto(`/show/${show.slug}`);
    await expectNoStudio(owner, "owner");
    await owner.getByRole("link", { name: "Open in studio" }).waitFor();
    assert.ok(token.length > 0);
  },
};

async function expectNoStudio(page: Page, label: string): Promise<void> {
  assert.equal(
    await page.getByRole("navigation", { name: "Main" }).count(),
    0,
    `${label}: no studio navigation`,
  );
  assert.equal(await page.getByTestId("task-dock").count(), 0, `${label}: no task dock`);
}
