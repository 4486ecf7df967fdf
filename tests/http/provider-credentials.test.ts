import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { createOpenAIClient } from "../../src/server/providers/openai/openai-client";
import { mapOpenAIError } from "../../src/server/providers/openai/openai-errors";
import { ProviderError } from "../../src/server/providers/provider-error";
import { redactUrlCredentials } from "../../src/server/providers/redact-credentials";
import { describeError } from "../../src/server/tasks/describe-error";

/** A port on 127.0.0.1 that nothing listens on: connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("provider URLs in task errors", () => {
  it("drops the password of OPENAI_BASE_URL from a connection failure's stored message", async () => {
    const baseURL = `http://proxyuser:s3cret-pass@127.0.0.1:${await closedPort()}/v1`;
    const client = createOpenAIClient({ apiKey: "sk-test", baseURL });
    const thrown = await client.models.list().catch((error: unknown) => error);
    const mapped = mapOpenAIError(thrown, { model: "gpt-test", baseURL });
    expect(mapped).toBeInstanceOf(ProviderError);
    // What the engine stores on the task, served by /api/tasks and the live stream.
    const stored = describeError(mapped);
    expect(stored.code).toBe("network");
    expect(stored.message).toContain("127.0.0.1");
    expect(stored.message).not.toContain("s3cret-pass");
    expect(stored.message).not.toContain("proxyuser");
  });

  it("strips userinfo from every URL in a text and leaves the rest", () => {
    expect(
      redactUrlCredentials(
        "Could not reach https://u:p@a.example/v1 nor postgres://x@db:5432/app; mail me@host.example",
      ),
    ).toBe(
      "Could not reach https://***@a.example/v1 nor postgres://***@db:5432/app; mail me@host.example",
    );
  });
});
