import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ApiClient } from "./api-client";

export interface ScenarioContext {
  baseUrl: string;
  api: ApiClient;
  /**
   * A fresh browser context (its own storage), like another device of the owner (signed in with
   * the global setup's session); `signedOut` for a visitor with no account.
   */
  newPage(options?: {
    signedOut?: boolean;
    /** Default 1360×900; a phone is 390×844. */
    viewport?: { width: number; height: number };
  }): Promise<Page>;
  /** Another tab in the same context (shared storage), like a second tab of the same user. */
  newTab(page: Page): Promise<Page>;
  screenshot(page: Page, suffix?: string): Promise<string>;
}

export interface Scenario {
  name: string;
  run(context: ScenarioContext): Promise<void>;
}

export interface ScenarioResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

/** The owner signed up once (run.ts): its browser session and its API key. */
export interface OwnerSession {
  storageState: string;
  apiKey: string;
}

export async function runScenario(
  scenario: Scenario,
  index: number,
  browser: Browser,
  baseUrl: string,
  outputDir: string,
  owner: OwnerSession,
): Promise<ScenarioResult> {
  mkdirSync(outputDir, { recursive: true });
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  const slug = `${String(index + 1).padStart(2, "0")}-${scenario.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`;
  const context: ScenarioContext = {
    baseUrl,
    api: new ApiClient(baseUrl, owner.apiKey),
    async newPage(options = {}) {
      const browserContext = await browser.newContext({
        baseURL: baseUrl,
        storageState: options.signedOut ? undefined : owner.storageState,
        viewport: options.viewport ?? { width: 1360, height: 900 },
        acceptDownloads: true,
      });
      contexts.push(browserContext);
      const page = await browserContext.newPage();
      page.setDefaultTimeout(20_000);
      pages.push(page);
      return page;
    },
    async newTab(page) {
      const tab = await page.context().newPage();
      tab.setDefaultTimeout(20_000);
      pages.push(tab);
      return tab;
    },
    async screenshot(page, suffix) {
      await imagesInViewLoaded(page);
      const file = path.join(outputDir, `${slug}${suffix ? `-${suffix}` : ""}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
  };

  const started = Date.now();
  try {
    await scenario.run(context);
    return { name: scenario.name, ok: true, ms: Date.now() - started };
  } catch (error) {
    const last = pages.at(-1);
    if (last && !last.isClosed()) {
      await context.screenshot(last, "failure").catch(() => undefined);
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { name: scenario.name, ok: false, ms: Date.now() - started, error: message };
  } finally {
    await Promise.all(
      contexts.map((browserContext) => browserContext.close().catch(() => undefined)),
    );
  }
}

/** Screenshots are for people to look at: let the images on screen finish loading first. */
async function imagesInViewLoaded(page: Page): Promise<void> {
  await page
    .evaluate(async () => {
      const visible = [...document.images].filter((image) => {
        const box = image.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight && !image.complete;
      });
      const loaded = Promise.all(
        visible.map(
          (image) =>
            new Promise((resolve) => {
              image.addEventListener("load", resolve, { once: true });
              image.addEventListener("error", resolve, { once: true });
            }),
        ),
      );
      await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 3000))]);
    })
    .catch(() => undefined);
}
