import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "../../src/server/auth/get-auth";
import { resolveCaller } from "../../src/server/auth/resolve-caller";
import { users } from "../../src/server/db/schema";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

describe("a headless install", () => {
  let t: TestContainer;
  beforeAll(async () => {
    t = await createTestContainer({
      OWNER_EMAIL: "boss@example.com",
      OWNER_PASSWORD: "a long enough password",
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it("has its owner from OWNER_EMAIL at start, who can sign in; sign-up stays closed", async () => {
    const auth = await getAuth(t.container);
    const [owner] = await t.container.db.select().from(users).where(eq(users.role, "owner"));
    expect(owner?.email).toBe("boss@example.com");
    const signIn = await auth.api.signInEmail({
      body: { email: "boss@example.com", password: "a long enough password" },
      returnHeaders: true,
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const caller = await resolveCaller(auth, t.container.db, new Headers({ cookie }));
    expect(caller).toMatchObject({ kind: "user", user: { role: "owner" } });
    // A stranger posting to better-auth's own sign-up endpoint creates nobody (SIGNUP=invite).
    const response = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000" },
        body: JSON.stringify({ email: "x@example.com", password: "whatever-123", name: "X" }),
      }),
    );
    expect(response.ok).toBe(false);
    expect(await t.container.db.select().from(users)).toHaveLength(1);
  });
});
