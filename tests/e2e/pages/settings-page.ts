import type { Locator, Page } from "playwright-core";

/** The settings page (/settings): default models, providers, prompt templates. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole("heading", { name: "Studio settings", level: 1 });

  /** Opens the page from the top navigation, as a user would. */
  async openFromNav(): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Settings" })
      .click();
    await this.page.waitForURL(/\/settings$/);
    await this.heading().waitFor();
    await this.provider("offline").waitFor();
  }

  defaultModel(label: "Writing" | "Images" | "Video"): Locator {
    return this.page.getByRole("region", { name: "Defaults for new shows" }).getByLabel(label);
  }

  provider(name: string): Locator {
    return this.page.getByTestId(`provider-${name}`);
  }

  /** Presses a provider's Test connection and returns the answer shown. */
  async testConnection(name: string): Promise<string> {
    const card = this.provider(name);
    await card.getByRole("button", { name: "Test connection" }).click();
    const result = card.getByTestId("connection-result");
    await result.locator("svg").waitFor();
    return (await result.textContent()) ?? "";
  }

  template(key: string): Locator {
    return this.page.getByTestId(`template-${key}`);
  }

  async editTemplate(key: string, body: string): Promise<void> {
    const template = this.template(key);
    await template.locator("summary").click();
    await template.getByRole("textbox").fill(body);
    await template.getByRole("button", { name: "Save" }).click();
    await template.getByText("Customized").waitFor();
  }

  async resetTemplate(key: string): Promise<void> {
    const template = this.template(key);
    await template.getByRole("button", { name: "Reset to default" }).click();
    await this.page
      .getByRole("dialog", { name: /^Reset the/ })
      .getByRole("button", { name: "Reset to default" })
      .click();
    await template.getByText("Customized").waitFor({ state: "detached" });
  }
}
