import assert from "node:assert/strict";
import { LibraryPage } from "../pages/library-page";
import { TaskDock } from "../pages/task-dock";
import { expectAccessible } from "../support/axe";
import type { Scenario } from "../support/harness";
import { showWithCast } from "../support/shows";
import { eventually } from "../support/wait";
import { zipEntries } from "../support/zip-entries";

/** 7. Library search, delete with confirmation, and the package ZIP. */
export const libraryScenario: Scenario = {
  name: "library search, delete and package download",
  async run({ newPage, screenshot, api }) {
    const keep = await showWithCast(
      api,
      "A string quartet of retired assassins tours the capitals of Europe one last time.",
    );
    const doomed = await api.createShow(
      "A haunted vending machine grants wishes to night-shift nurses.",
      { autopilot: false },
    );
    const page = await newPage();
    const library = new LibraryPage(page);
    await library.goto();
    await library.card(keep.slug).waitFor();
    await expectAccessible(page, "library page");

    // The dock's minimized state is the one preference the browser keeps.
    const dock = new TaskDock(page);
    await dock.expand();
    await dock.minimize();
    await page.reload();
    await library.card(keep.slug).waitFor();
    await dock.root().waitFor();
    assert.ok(await dock.isMinimized(), "the dock stays minimized after a reload");
    await screenshot(page, "grid");

    await library.search("vending machine");
    await eventually("only the matching show", async () => (await library.cards().count()) === 1);
    await library.card(doomed.slug).waitFor();

    const dialog = await library.openDelete(doomed.slug);
    await dialog.getByRole("button", { name: "Keep it" }).click();
    assert.equal(await library.card(doomed.slug).count(), 1, "keeping it keeps it");
    await (await library.openDelete(doomed.slug))
      .getByRole("button", { name: "Delete show" })
      .click();
    await library.card(doomed.slug).waitFor({ state: "detached" });
    await eventually(
      "the server to forget the show",
      async () => !(await api.shows()).some((show) => show.id === doomed.id),
    );

    await library.search("");
    await library.open(keep.slug);
    await page.goto(`/show/${keep.slug}`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-package").click(),
    ]);
    const file = await download.path();
    const { readFileSync } = await import("node:fs");
    const entries = zipEntries(readFileSync(file));
    assert.ok(entries.length > 2, `the ZIP holds the package (${entries.join(", ")})`);
    assert.ok(
      entries.some((name) => /blueprint/i.test(name)),
      "the ZIP contains the blueprint",
    );
    await screenshot(page, "show-page");

    await page.goto("/");
    await page.getByRole("heading", { name: "Recent shows" }).waitFor();
    await screenshot(page, "home");
  },
};
