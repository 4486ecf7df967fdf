import type { Locator, Page } from "playwright-core";

/** The floating task dock in the root layout. */
export class TaskDock {
  constructor(private readonly page: Page) {}

  readonly root = () => this.page.getByTestId("task-dock");
  readonly summary = () => this.page.getByTestId("dock-summary");

  async expand(): Promise<void> {
    const expand = this.root().getByRole("button", { expanded: false });
    if (await expand.isVisible().catch(() => false)) {
      await expand.click();
    }
    await this.root().getByRole("list").waitFor();
  }

  async minimize(): Promise<void> {
    await this.root().getByRole("button", { name: "Minimize task list" }).click();
  }

  async isMinimized(): Promise<boolean> {
    return this.root().getByRole("button", { expanded: false }).isVisible();
  }

  item(taskId: string): Locator {
    return this.page.locator(`[data-testid="dock-task"][data-task-id="${taskId}"]`);
  }

  itemsByTitle(title: string | RegExp): Locator {
    return this.page.getByTestId("dock-task").filter({ hasText: title });
  }

  async waitForStatus(taskId: string, status: string, timeoutMs = 60_000): Promise<Locator> {
    const item = this.page.locator(
      `[data-testid="dock-task"][data-task-id="${taskId}"][data-status="${status}"]`,
    );
    await item.waitFor({ timeout: timeoutMs });
    return item;
  }

  /** Opens the cancel confirmation for a task and returns the dialog. */
  async openCancel(taskId: string): Promise<Locator> {
    await this.item(taskId)
      .getByRole("button", { name: /^Cancel / })
      .click();
    const dialog = this.page.getByRole("dialog", { name: /^Cancel/ });
    await dialog.waitFor();
    return dialog;
  }

  async retry(taskId: string): Promise<void> {
    await this.item(taskId)
      .getByRole("button", { name: /^Retry / })
      .click();
  }
}
