/**
 * A show's address: the premise's first words plus six random hex digits. Pure and free of Node
 * APIs, because the browser makes it too: the home page picks the new show's slug, goes to its
 * console at once and sends the slug along, so the console's address never waits for the server
 * (issue 14). The slug doubles as the request's idempotency key (create-show.ts).
 */
export const showSlugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{6}$/;

/** The longest slug slugFromPremise makes: 48 characters of words, a hyphen, six hex digits. */
export const showSlugMaxLength = 55;

export function slugFromPremise(premise: string): string {
  const words = premise
    // Lower case after the decomposition: some letters decompose to capitals ("ℌ" → "H").
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\w\s-]/g, "")
    .split(/[\s_-]+/)
    .filter(Boolean)
    .slice(0, 6)
    .join("-")
    .slice(0, 48)
    .replace(/-+$/, "");
  return `${words || "show"}-${randomHex(3)}`;
}

function randomHex(bytes: number): string {
  // Web Crypto: the same call in Node (globalThis.crypto) and in the browser.
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, (value) => value.toString(16).padStart(2, "0")).join("");
}
