import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as showRoutes from "../../src/app/api/shows/route";
import { setContainer } from "../../src/server/container";
import { shows, tasks } from "../../src/server/db/schema";
import { slugFromPremise } from "../../src/server/shows/show-slug";
import { createTestMember, createTestOwner, type TestAccount } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

/**
 * The home page goes to the new show's console before the server answers (issue 14), so it
 * chooses the slug and sends it. That slug is also what makes a double submit one show.
 */
describe("POST /api/shows at the caller's slug", () => {
  let t: TestContainer;
  let owner: TestAccount;
  let member: TestAccount;
  const create = (who: TestAccount, body: unknown) =>
    showRoutes.POST(
      who.request("http://localhost/api/shows", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    );
  const showsAt = (slug: string) => t.container.db.select().from(shows).where(eq(shows.slug, slug));

  beforeAll(async () => {
    t = await createTestContainer();
    setContainer(t.container);
    owner = await createTestOwner(t.container);
    member = await createTestMember(t.container, owner);
  });
  afterAll(async () => {
    setContainer(null);
    await t.close();
  });

  it("makes the show at that address, once, with one blueprint request, however often it is sent", async () => {
    const premise = "A lighthouse keeper answers distress calls from ships that sank long ago.";
    const slug = slugFromPremise(premise);
    const body = { premise, autopilot: false, slug };
    const answers = await Promise.all([create(owner, body), create(owner, body)]);
    const again = await create(owner, body);
    const ids = new Set<string>();
    for (const answer of [...answers, again]) {
      expect(answer.status).toBe(201);
      const show = (await answer.json()) as { id: string; slug: string };
      expect(show.slug).toBe(slug);
      ids.add(show.id);
    }
    expect(ids.size).toBe(1);
    const [show, ...others] = await showsAt(slug);
    expect(others).toHaveLength(0);
    // The worker may have gone on to the cast by now; one blueprint was asked for, not three.
    const blueprints = await t.container.db
      .select()
      .from(tasks)
      .where(and(eq(tasks.showId, show!.id), eq(tasks.kind, "blueprint")));
    expect(blueprints).toHaveLength(1);
  });

  it("answers 409 for a slug another account's show has, and leaves that show alone", async () => {
    const premise = "Rival orchid growers in 1920s Lisbon share a seed that blooms once a decade.";
    const slug = slugFromPremise(premise);
    expect((await create(owner, { premise, autopilot: false, slug })).status).toBe(201);

    const taken = await create(member, { premise, autopilot: false, slug });
    expect(taken.status).toBe(409);
    const answer = JSON.stringify(await taken.json());
    expect(answer).not.toContain(owner.userId);
    const [show, ...others] = await showsAt(slug);
    expect(others).toHaveLength(0);
    expect(show!.ownerId).toBe(owner.userId);

    // The same account with another premise at that address is not a repeat either.
    const other = await create(owner, { premise: "Something else entirely", slug });
    expect(other.status).toBe(409);
  });

  it("refuses a slug that is not one (the console's address is built from it)", async () => {
    for (const slug of [
      "../library",
      "Loud-Show-1a2b3c",
      "no-suffix",
      `${"a".repeat(60)}-1a2b3c`,
    ]) {
      const answer = await create(owner, { premise: "A quiet show", autopilot: false, slug });
      expect(answer.status, slug).toBe(400);
      expect(await answer.json()).toMatchObject({ error: { field: "slug" } });
    }
  });

  it("still picks a slug itself when none is sent (the CLI and API clients)", async () => {
    const answer = await create(owner, { premise: "A night-shift diner on a dying space station" });
    expect(answer.status).toBe(201);
    const show = (await answer.json()) as { slug: string };
    expect(show.slug).toMatch(/^a-night-shift-diner-on-a-[0-9a-f]{6}$/);
  });
});
