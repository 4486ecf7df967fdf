import type { Locator, Page } from "playwright-core";

export class TaskDetailPage {
  constructor(private readonly page: Page) {}

  async goto(taskId: string): Promise<void> {
    await this.page.goto(`/tasks/${taskId}`);
    await this.root().waitFor();
  }

  readonly root = () => this.page.getByTestId("task-detail");
  readonly error = () => this.page.getByTestId("task-error");

  timelineEvents(): Locator {
    return this.page.getByTestId("timeline").getByRole("listitem");
  }

  async status(): Promise<string | null> {
    return this.root().getAttribute("data-status");
  }
}
