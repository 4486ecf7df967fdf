import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as showRoutes from "../../src/app/api/shows/route";
import { setContainer } from "../../src/server/container";
import { getRateLimits } from "../../src/server/rate-limits/get-rate-limits";
import { createTestOwner } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

type ErrorJson = { error: { code: string; message: string } };

describe("rate limits", () => {
  let t: TestContainer;
  let authorization: string;
  beforeAll(async () => {
    t = await createTestContainer({ RATE_LIMIT_SHOWS_PER_HOUR: "5" });
    setContainer(t.container);
    authorization = `Bearer ${(await createTestOwner(t.container)).key}`;
  });
  afterAll(async () => {
    setContainer(null);
    await t.close();
  });

  it("accepts the first shows of 200 sent 20 at a time and answers the rest 429 with Retry-After", async () => {
    const statuses: number[] = [];
    const refusals: Response[] = [];
    const create = async (index: number) => {
      const response = await showRoutes.POST(
        new Request("http://localhost/api/shows", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization,
            "x-forwarded-for": "203.0.113.7",
          },
          body: JSON.stringify({
            premise: `A lighthouse keeper who collects storms, take ${index}`,
          }),
        }),
      );
      statuses.push(response.status);
      if (response.status === 429) {
        refusals.push(response);
      }
    };
    for (let batch = 0; batch < 10; batch++) {
      await Promise.all(Array.from({ length: 20 }, (_, i) => create(batch * 20 + i)));
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(refusals).toHaveLength(195);
    const first = refusals[0]!;
    expect(Number(first.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await first.json()) as ErrorJson).error).toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(/^Too many new shows; try again in \d+ seconds?\.$/),
    });
  });

  it("gives better-auth a per-address and a per-account sign-in limit", async () => {
    const limits = getRateLimits(t.container);
    for (let attempt = 0; attempt < 10; attempt++) {
      await limits.consume("signInPerUser", "user:owner@example.com");
    }
    await expect(limits.consume("signInPerUser", "user:owner@example.com")).rejects.toMatchObject({
      status: 429,
      userMessage: expect.stringMatching(/sign-in attempts for this account/),
    });
    // Another account is counted apart; a success clears the count.
    await limits.consume("signInPerUser", "user:someone@example.com");
    await limits.reset("signInPerUser", "user:owner@example.com");
    await limits.consume("signInPerUser", "user:owner@example.com");
  });

  it("stops password guessing: past 10 wrong passwords for one account, sign-in answers 429", async () => {
    const authRoute = await import("../../src/app/api/auth/[...all]/route");
    const attempt = (address: string) =>
      authRoute.POST(
        new Request("http://localhost:3000/api/auth/sign-in/email", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": address },
          body: JSON.stringify({ email: "Owner@example.com", password: "wrong guess" }),
        }),
      );
    const statuses: number[] = [];
    // From many addresses, so only the per-account limit can stop it.
    for (let index = 0; index < 12; index++) {
      statuses.push((await attempt(`198.51.100.${index + 1}`)).status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    const refused = await attempt("198.51.100.99");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as ErrorJson).error.message).toMatch(
      /Too many sign-in attempts/,
    );
  });
});
