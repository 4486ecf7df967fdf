import type { Locator, Page } from "playwright-core";

export type SlotStateName = "empty" | "active" | "failed" | "finishing" | "done";

/** The show console (/shows/[slug]): asset slots and their live state. */
export class ConsolePage {
  constructor(private readonly page: Page) {}

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/shows/${slug}`);
    await this.root().waitFor();
  }

  // The page's own console, in <main>: during a navigation Next.js may briefly hold the outgoing
  // render of the same page beside it (seen once in scenario 5 on CI), two equal elements.
  readonly root = () => this.page.locator("#main").getByTestId("show-console");
  readonly title = () => this.page.getByTestId("show-title");

  async showId(): Promise<string> {
    return (await this.root().getAttribute("data-show-id")) ?? "";
  }

  slot(kind: string, nth = 0): Locator {
    return this.page.getByTestId(`slot-${kind}`).nth(nth);
  }

  /**
   * Waits until a slot reaches one of `states`. A slot that stays failed for a few seconds when
   * failure is not what the caller waits for fails the wait at once, with the task's reason.
   */
  async waitForSlot(
    kind: string,
    states: SlotStateName[],
    timeoutMs = 60_000,
    nth = 0,
  ): Promise<Locator> {
    const slot = this.slot(kind, nth);
    const deadline = Date.now() + timeoutMs;
    let failedSince: number | null = null;
    while (Date.now() < deadline) {
      const state = (await slot
        .getAttribute("data-state", { timeout: 1000 })
        .catch(() => null)) as SlotStateName | null;
      if (state && states.includes(state)) {
        return slot;
      }
      failedSince = state === "failed" ? (failedSince ?? Date.now()) : null;
      if (failedSince !== null && Date.now() - failedSince > 3000) {
        const reason = await slot
          .getByTestId("slot-error")
          .textContent()
          .catch(() => "");
        throw new Error(
          `the ${kind} slot failed instead of reaching ${states.join("/")}: ${reason}`,
        );
      }
      await this.page.waitForTimeout(200);
    }
    throw new Error(
      `timed out after ${timeoutMs / 1000}s waiting for the ${kind} slot to be ${states.join("/")}`,
    );
  }

  /** The task id a slot currently shows (the running or last task). */
  async slotTaskId(kind: string): Promise<string | null> {
    return this.slot(kind).getAttribute("data-task-id");
  }

  async generate(kind: string, nth = 0): Promise<void> {
    await this.slot(kind, nth).getByTestId(`generate-${kind}`).click();
  }

  elapsedIn(kind: string): Locator {
    return this.slot(kind).getByTestId("slot-status").getByTestId("elapsed");
  }

  characterCards(): Locator {
    return this.page.getByTestId("character-card");
  }

  /** Plays the trailer and resolves with how far it got, in seconds. */
  async playTrailer(): Promise<number> {
    const video = this.slot("trailer").locator("video");
    await video.waitFor();
    return video.evaluate(async (element: HTMLVideoElement) => {
      element.muted = true;
      await element.play();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return element.currentTime;
    });
  }
}
