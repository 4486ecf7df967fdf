import type { Page } from "playwright-core";

export class HomePage {
  constructor(private readonly page: Page) {}

  readonly premise = () => this.page.getByRole("textbox", { name: "Premise" });
  readonly autopilot = () => this.page.getByRole("switch", { name: /Autopilot/ });
  readonly submitButton = () => this.page.getByRole("button", { name: "Greenlight it" });
  /** The inline error under the premise box (Next.js has a route announcer with role=alert too). */
  readonly error = () => this.page.getByRole("form", { name: "New show" }).getByRole("alert");

  async goto(): Promise<void> {
    await this.page.goto("/");
    await this.premise().waitFor();
  }

  async pickExample(label: string): Promise<void> {
    await this.page.getByRole("button", { name: label, exact: true }).click();
  }

  /** Submits a premise and waits for the show console; returns the show slug. */
  async createShow(premise: string, { autopilot = true } = {}): Promise<string> {
    await this.premise().fill(premise);
    if ((await this.autopilot().isChecked()) !== autopilot) {
      await this.autopilot().setChecked(autopilot, { force: true });
    }
    await this.submitButton().click();
    await this.page.waitForURL(/\/shows\/[^/]+$/, { timeout: 30_000 });
    return decodeURIComponent(new URL(this.page.url()).pathname.split("/").pop() ?? "");
  }
}
