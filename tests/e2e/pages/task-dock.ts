import type { Locator, Page } from "playwright-core";

/**
 * The task dock: a pill in the header on wide screens, a bar along the bottom on phones (the
 * layout renders both; CSS shows the one that fits, so the visible one is the dock).
 */
export class TaskDock {
  constructor(private readonly page: Page) {}

  readonly root = () => this.page.locator('[data-testid="task-dock"]:visible');
  readonly summary = () => this.root().getByTestId("dock-summary");

  /**
   * Opens the task list. The dock appears only once a task is listed, so the collapsed button
   * can be missing at first: click briefly, then look again.
   */
  async expand(timeoutMs = 20_000): Promise<void> {
    const list = this.root().getByRole("list");
    const expand = this.root().getByRole("button", { expanded: false });
    const deadline = Date.now() + timeoutMs;
    while (!(await list.isVisible().catch(() => false))) {
      if (Date.now() > deadline) {
        throw new Error("the task dock did not open");
      }
      if (await expand.isVisible().catch(() => false)) {
        await expand.click({ timeout: 1_000 }).catch(() => {});
      }
      await this.page.waitForTimeout(100);
    }
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
