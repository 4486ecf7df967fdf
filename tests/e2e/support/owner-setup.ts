import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import type { OwnerSession } from "./harness";

export const OWNER = {
  name: "Olivia Owner",
  email: "owner@example.com",
  password: "owner-password",
};

/**
 * The global setup: a fresh server sends its first visitor to /setup; the owner signs up there
 * once, and every scenario reuses that session (storage state) and an API key made with it.
 */
export async function signUpOwner(
  browser: Browser,
  baseUrl: string,
  outputDir: string,
): Promise<OwnerSession> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const page = await context.newPage();
    await page.goto("/library");
    await page.waitForURL("**/setup");
    await page.getByLabel("Name").fill(OWNER.name);
    await page.getByLabel("Email").fill(OWNER.email);
    await page.getByLabel(/^Password/).fill(OWNER.password);
    await page.getByRole("button", { name: "Create owner account" }).click();
    await page.waitForURL(`${baseUrl}/`);
    return await saveOwnerSession(context, outputDir);
  } finally {
    await context.close();
  }
}

/**
 * For a server that already has its owner (E2E_BASE_URL: a `next dev` kept running while the UI
 * changes): sign in as the same owner instead of signing up.
 */
export async function signInOwner(
  browser: Browser,
  baseUrl: string,
  outputDir: string,
): Promise<OwnerSession> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const response = await context.request.post("/api/auth/sign-in/email", {
      data: { email: OWNER.email, password: OWNER.password },
      headers: { origin: baseUrl },
    });
    if (!response.ok()) {
      throw new Error(`could not sign in as the owner: ${response.status()}`);
    }
    return await saveOwnerSession(context, outputDir);
  } finally {
    await context.close();
  }
}

async function saveOwnerSession(context: BrowserContext, outputDir: string): Promise<OwnerSession> {
  const response = await context.request.post("/api/api-keys", { data: { name: "e2e" } });
  if (!response.ok()) {
    throw new Error(`could not make the owner's API key: ${response.status()}`);
  }
  const { key } = (await response.json()) as { key: string };
  mkdirSync(outputDir, { recursive: true });
  const storageState = path.join(outputDir, "owner-state.json");
  await context.storageState({ path: storageState });
  return { storageState, apiKey: key };
}
