import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { scenarios } from "./scenarios";
import { ensureBuild } from "./support/build";
import { runScenario, type ScenarioResult } from "./support/harness";
import { signInOwner, signUpOwner } from "./support/owner-setup";
import { type AppServer, startServer } from "./support/server";

/**
 * Browser tests: build if needed, start `next start` on a fresh data directory with the test
 * hooks on, and drive Debian chromium through every scenario. `E2E_ONLY=trailer,dock` runs the
 * scenarios whose name contains one of those texts. `E2E_BASE_URL=http://127.0.0.1:3000` runs them against
 * a server already running with GREENLIGHT_TEST_HOOKS=true (a `next dev` while working on the
 * UI): no build, and the owner signs in if it exists already.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const outputDir = path.join(root, "test-results/e2e");

async function main(): Promise<number> {
  rmSync(outputDir, { recursive: true, force: true });
  const external = process.env.E2E_BASE_URL;
  if (!external) {
    await ensureBuild(root);
  }
  const server = external ? runningServer(external) : await startServer(root);
  // Ctrl-C must not leave a server (and its worker) running on the temp data directory.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void server.stop().finally(() => process.exit(130));
    });
  }
  process.stdout.write(`app on ${server.baseUrl} (data in ${server.dataDir})\n`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const owner = (await needsSetup(server.baseUrl))
    ? await signUpOwner(browser, server.baseUrl, outputDir)
    : await signInOwner(browser, server.baseUrl, outputDir);
  const only = process.env.E2E_ONLY?.split(",").map((part) => part.trim());
  const selected = scenarios.filter(
    (scenario) => !only || only.some((part) => scenario.name.includes(part)),
  );
  const results: ScenarioResult[] = [];
  try {
    for (const [index, scenario] of selected.entries()) {
      const result = await runScenario(
        scenario,
        scenarios.indexOf(scenario),
        browser,
        server.baseUrl,
        outputDir,
        owner,
      );
      results.push(result);
      const seconds = (result.ms / 1000).toFixed(1);
      process.stdout.write(
        `${result.ok ? "✓" : "✗"} ${index + 1}. ${scenario.name} (${seconds}s)\n`,
      );
      if (result.error) {
        process.stdout.write(`${indent(result.error)}\n`);
      }
    }
  } finally {
    await browser.close();
    const failed = results.some((result) => !result.ok);
    if (failed && process.env.E2E_SERVER_LOG) {
      process.stdout.write(`--- server output ---\n${server.output()}\n`);
    }
    await server.stop();
  }
  const passed = results.filter((result) => result.ok).length;
  const failed = results.length - passed;
  process.stdout.write(
    `\nscreenshots in ${path.relative(root, outputDir)}/\n${passed} passed, ${failed} failed\n`,
  );
  return failed === 0 ? 0 : 1;
}

async function needsSetup(baseUrl: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/api/account/setup`);
  return ((await response.json()) as { needsSetup: boolean }).needsSetup;
}

/** A server someone else started and stops: nothing to stop or clean here. */
function runningServer(baseUrl: string): AppServer {
  return { baseUrl, dataDir: "(the running server's)", stop: async () => {}, output: () => "" };
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.stdout.write("0 passed, 1 failed\n");
    process.exit(1);
  },
);
