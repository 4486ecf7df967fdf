import path from "node:path";
import { fileURLToPath } from "node:url";
import { type APIRequestContext, type Browser, chromium, type Page } from "playwright-core";
import { ensureBuild } from "../tests/e2e/support/build";
import { signInOwner, signUpOwner } from "../tests/e2e/support/owner-setup";
import { type AppServer, startServer } from "../tests/e2e/support/server";
import { percentile, report } from "./bench-helpers";

/**
 * The first ten minutes as a browser sees them (issue 14), on the production build with the
 * offline provider, like tests/e2e: Debian's chromium, a fresh data directory.
 *
 * - submit_to_console_ms: click "Greenlight it" → the show's console (its skeleton or itself) is
 *   in the page at /shows/<slug>;
 * - submit_to_blueprint_ms: the same click → the written blueprint is in the console;
 * - reload_to_content_ms: reload of that console → its blueprint is in the page, from the
 *   navigation's start (server time included).
 *
 * Each is the median of BENCH_UI_RUNS (default 5) shows, made with autopilot on as a new user
 * would; each is deleted after its run (which cancels its work), so runs do not queue behind
 * each other's portraits and trailers. Times are taken inside the page
 * (performance.now(), a MutationObserver), not by polling from here. BENCH_UI_BASE_URL measures a
 * server already running (its owner must be the e2e owner), e.g. `next dev` for a rough look.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.BENCH_UI_RUNS ?? 5);
/** BENCH_UI_AUTOPILOT=off: the show makes its blueprint only, with no autopilot burst behind it. */
const AUTOPILOT = process.env.BENCH_UI_AUTOPILOT !== "off";
const PREMISES = [
  "A retired lighthouse keeper on a fog-bound Scottish island starts receiving distress calls from ships that sank a century ago.",
  "The night shift at the last diner on a decommissioned space station, where every customer is running from something.",
  "Rival families of rare-orchid growers in 1920s Lisbon, bound together by a forbidden seed that blooms only once a decade.",
  "A stop-motion claymation heist comedy where a crew of retired circus animals plans to rob the zoo that replaced them.",
  "A 2D anime about a teenage chef who cooks for the spirits of a mountain shrine.",
];

/** Records, in the page, when each selector first matches (ms on the page's own clock). */
const WATCH = `(selectors) => {
  const seen = (window.__benchSeen = window.__benchSeen || {});
  const look = () => {
    for (const [name, selector] of Object.entries(selectors)) {
      if (seen[name] === undefined && document.querySelector(selector) && location.pathname.startsWith("/shows/")) {
        seen[name] = performance.now();
      }
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
  look();
}`;

const CONSOLE = '[data-testid="show-console"], [data-testid="console-skeleton"]';
const BLUEPRINT = '[data-testid="blueprint-view"]';

interface Run {
  submitToConsole: number;
  submitToBlueprint: number;
  reloadToContent: number;
}

async function oneRun(browser: Browser, server: AppServer, storageState: string, premise: string) {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    storageState,
    viewport: { width: 1440, height: 900 },
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(
      `(${WATCH})(${JSON.stringify({ console: CONSOLE, blueprint: BLUEPRINT })})`,
    );
    await page.goto("/");
    await page.getByRole("textbox", { name: "Premise" }).fill(premise);
    if (!AUTOPILOT) {
      await page.getByRole("switch", { name: /Autopilot/ }).setChecked(false, { force: true });
    }
    const submitted = await page.evaluate(() => {
      const button = [...document.querySelectorAll("button")].find(
        (element) => element.textContent?.trim() === "Greenlight it",
      );
      const at = performance.now();
      button?.click();
      return at;
    });
    const seen = await waitForSeen(page, ["console", "blueprint"], 120_000);
    const submitToConsole = seen.console! - submitted;
    const submitToBlueprint = seen.blueprint! - submitted;
    // A reload: the observer starts again with the new document, its clock at the navigation.
    await page.reload({ waitUntil: "commit" });
    const reloaded = await waitForSeen(page, ["blueprint"], 60_000);
    // Each run starts on an idle server: the show and the autopilot work it started go.
    const showId = await page.getByTestId("show-console").getAttribute("data-show-id");
    await context.request.delete(`/api/shows/${showId}`);
    await untilIdle(context.request);
    return { submitToConsole, submitToBlueprint, reloadToContent: reloaded.blueprint! };
  } finally {
    await context.close();
  }
}

/** Until no task is queued or running (a canceled handler takes a moment to stop). */
async function untilIdle(request: APIRequestContext): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const body = (await (await request.get("/api/tasks?status=active")).json()) as {
      tasks: { status: string }[];
    };
    if (!body.tasks.some((task) => task.status === "queued" || task.status === "running")) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function waitForSeen(
  page: Page,
  names: string[],
  timeoutMs: number,
): Promise<Record<string, number>> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const seen = (window as unknown as { __benchSeen?: Record<string, number> }).__benchSeen;
      return seen && wanted.every((name) => seen[name] !== undefined) ? seen : null;
    },
    names,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as Record<string, number>;
}

async function main(): Promise<void> {
  const external = process.env.BENCH_UI_BASE_URL;
  if (!external) {
    await ensureBuild(root);
  }
  const server: AppServer = external
    ? { baseUrl: external, dataDir: "", stop: async () => {}, output: () => "" }
    : await startServer(root);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const stateDir = path.join(root, "test-results/bench-ui");
    const owner = external
      ? await signInOwner(browser, server.baseUrl, stateDir)
      : await signUpOwner(browser, server.baseUrl, stateDir);
    const runs: Run[] = [];
    for (let index = 0; index < RUNS; index += 1) {
      runs.push(
        await oneRun(browser, server, owner.storageState, PREMISES[index % PREMISES.length]!),
      );
    }
    const median = (pick: (run: Run) => number) =>
      Math.round(
        percentile(
          runs.map(pick).sort((a, b) => a - b),
          50,
        ),
      );
    const all = (pick: (run: Run) => number) => runs.map((run) => Math.round(pick(run))).join(",");
    const autopilot = AUTOPILOT ? "on" : "off";
    report("ui", {
      metric: "submit_to_console_ms",
      autopilot,
      value: median((run) => run.submitToConsole),
      runs: all((run) => run.submitToConsole),
    });
    report("ui", {
      metric: "submit_to_blueprint_ms",
      autopilot,
      value: median((run) => run.submitToBlueprint),
      runs: all((run) => run.submitToBlueprint),
    });
    report("ui", {
      metric: "reload_to_content_ms",
      autopilot,
      value: median((run) => run.reloadToContent),
      runs: all((run) => run.reloadToContent),
    });
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
