import assert from "node:assert/strict";
import { ConsolePage } from "../pages/console-page";
import { SettingsPage } from "../pages/settings-page";
import { expectAccessible } from "../support/axe";
import type { Scenario } from "../support/harness";
import { eventually, text } from "../support/wait";

const POSTER_TEMPLATE =
  "Key art for {{title}}: {{tagline}}. Featuring {{cast}}. Palette: {{palette}}. No text.";

/** 8. Settings: providers and their connection test, default models, prompt templates, costs. */
export const settingsScenario: Scenario = {
  name: "settings, connection tests, prompt templates and costs",
  async run({ newPage, screenshot, api }) {
    const page = await newPage();
    await page.goto("/");
    const settings = new SettingsPage(page);
    await settings.openFromNav();
    await expectAccessible(page, "settings page");

    // The browser tests run offline: only the built-in provider is configured.
    assert.match(await text(settings.provider("offline")), /Configured/);
    const openai = await text(settings.provider("openai"));
    assert.match(openai, /Not configured/);
    assert.match(openai, /OPENAI_API_KEY/, "says how to configure OpenAI");
    assert.match(await settings.testConnection("offline"), /nothing to connect/);
    assert.match(await settings.testConnection("openai"), /set OPENAI_API_KEY on the server/);
    const images = settings.defaultModel("Images");
    assert.equal(
      await images.locator('optgroup[label^="OpenAI"]').getAttribute("disabled"),
      "",
      "an unconfigured provider cannot be picked",
    );
    // Tall enough for the defaults and the providers with their test results in one picture.
    await page.setViewportSize({ width: 1360, height: 1280 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page);
    await page.setViewportSize({ width: 1360, height: 900 });

    await settings.editTemplate("poster", POSTER_TEMPLATE);
    const saved = (await api.promptTemplates()).find((template) => template.key === "poster");
    assert.equal(saved?.body, POSTER_TEMPLATE, "the server stores the edited template");
    assert.equal(saved?.customized, true);
    await screenshot(page, "template");
    await settings.resetTemplate("poster");
    const reset = (await api.promptTemplates()).find((template) => template.key === "poster");
    assert.equal(reset?.customized, false, "reset brings the default back");

    // Costs: free on the offline models, on the home page and on every Generate button.
    await page.goto("/");
    await page.getByRole("switch", { name: /free on these models/ }).waitFor();
    await page.getByRole("button", { name: "Settings" }).click();
    const drawer = page.getByRole("dialog", { name: "Generation settings" });
    await drawer.getByLabel("Writing").waitFor();
    await screenshot(page, "drawer");
    await drawer.getByRole("button", { name: "Done" }).click();

    const show = await api.createShow("A lighthouse choir sings ships home through the fog.");
    const studio = new ConsolePage(page);
    await studio.goto(show.slug);
    await studio.waitForSlot("blueprint", ["done"]);
    const regenerate = page.getByTestId("generate-blueprint");
    await eventually("the blueprint button to show its cost", async () =>
      /Free/.test(await text(regenerate)),
    );
    assert.match(await text(page.getByTestId("show-spend")), /\$0\.00/);
    await screenshot(page, "console");
  },
};
