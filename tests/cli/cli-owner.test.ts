import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCreate } from "../../src/server/cli/run-create";
import { shows } from "../../src/server/db/schema";
import { createTestOwner } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

describe("the CLI on the server's machine acts as the owner", () => {
  let t: TestContainer;
  beforeAll(async () => {
    t = await createTestContainer();
  });
  afterAll(async () => {
    await t.close();
  });

  it("makes a show ownerless before any account exists, and it goes to the owner at sign-up", async () => {
    const summary = await runCreate(t.container, "A lighthouse keeper who collects storms", {
      json: true,
      extras: false,
      characters: 1,
    });
    const ownerOf = async () =>
      (await t.container.db.select().from(shows).where(eq(shows.slug, summary.slug)))[0]!.ownerId;
    expect(await ownerOf()).toBeNull();
    const owner = await createTestOwner(t.container);
    expect(await ownerOf()).toBe(owner.userId);
    const second = await runCreate(t.container, "A second show once the owner exists", {
      json: true,
      extras: false,
      characters: 1,
    });
    const [row] = await t.container.db.select().from(shows).where(eq(shows.slug, second.slug));
    expect(row!.ownerId).toBe(owner.userId);
  }, 240_000);
});
