import type { Locator, Page } from "playwright-core";

export class LibraryPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/library");
    await this.page.getByRole("searchbox", { name: "Search shows" }).waitFor();
  }

  cards(): Locator {
    return this.page.getByTestId("show-card");
  }

  card(slug: string): Locator {
    return this.page.locator(`[data-testid="show-card"][data-slug="${slug}"]`);
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole("searchbox", { name: "Search shows" }).fill(text);
  }

  async sortBy(label: string): Promise<void> {
    await this.page.getByRole("combobox", { name: "Sort" }).selectOption({ label });
  }

  /** Opens a card's delete confirmation and returns the dialog. */
  async openDelete(slug: string): Promise<Locator> {
    await this.card(slug)
      .getByRole("button", { name: /^Delete / })
      .click();
    const dialog = this.page.getByRole("dialog", { name: /^Delete/ });
    await dialog.waitFor();
    return dialog;
  }

  async open(slug: string): Promise<void> {
    await this.card(slug).getByRole("link").first().click();
    await this.page.waitForURL(new RegExp(`/shows/${slug}$`));
  }
}
