import type { Page } from "playwright-core";

/** What a person can press in the page's content: buttons and button-styled links in <main>. */
const PRIMARY_ACTIONS = "main button:not([disabled]), main a.btn";

/**
 * Runs in the page. A string, not a function: tsx names inner functions with a helper the page
 * does not have. Every visible action is scrolled to the middle of the screen, then the page to
 * its very end; the element at the action's centre must be the action itself (or inside it), not
 * the task dock or anything else lying over it. The end-of-page pass looks only at the bottom half
 * of the screen: the sticky header and section nav own the top by design.
 */
const CHECK_ACTIONS = `async (selector) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const describe = (element) =>
    element.tagName.toLowerCase() + ' "' + (element.textContent || "").trim().slice(0, 40) + '"';
  const covered = [];
  const actions = [...document.querySelectorAll(selector)].filter((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
  });
  const check = (element, where) => {
    const box = element.getBoundingClientRect();
    // A live page re-renders as tasks move: a button replaced meanwhile is not on screen at all.
    if (!element.isConnected || box.width === 0 || box.height === 0) {
      return;
    }
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (y < 0 || y > window.innerHeight || x < 0 || x > window.innerWidth) {
      return;
    }
    const top = document.elementFromPoint(x, y);
    if (!top || !(top === element || element.contains(top))) {
      covered.push(describe(element) + " " + where + " under " + (top ? describe(top) : "nothing"));
    }
  };
  for (const element of actions) {
    element.scrollIntoView({ block: "center", inline: "center" });
    await frame();
    check(element, "(centred)");
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  await frame();
  for (const element of actions) {
    if (element.getBoundingClientRect().top > window.innerHeight / 2) {
      check(element, "(page end)");
    }
  }
  window.scrollTo(0, 0);
  return covered;
}`;

/** The page's actions that something lies over (empty when none is covered). */
export async function coveredActions(page: Page): Promise<string[]> {
  const check = await page.evaluateHandle(CHECK_ACTIONS);
  try {
    return (await check.evaluate(
      (run, selector) => (run as unknown as (s: string) => Promise<string[]>)(selector),
      PRIMARY_ACTIONS,
    )) as string[];
  } finally {
    await check.dispose();
  }
}
