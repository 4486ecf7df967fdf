import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as taskRoute from "../../src/app/api/tasks/[id]/route";
import { setContainer } from "../../src/server/container";
import { createShow } from "../../src/server/shows/create-show";
import { type OpenAIFake, startOpenAIFake } from "../fakes/openai-fake";
import { createTestOwner, type TestAccount } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { waitFor } from "../helpers/test-engine";

const apiKey = "sk-shut-down";
const sentence =
  "OpenAI has shut down gpt-5-mini; choose another text model in the show's settings.";

/**
 * A show saved before OpenAI retired its text model. OpenAI answers such a request with 404
 * `model_not_found` ("The model `gpt-5-mini` has been deprecated…"), as the fake does here.
 */
describe("a show whose text model OpenAI has shut down", () => {
  let openai: OpenAIFake;
  let t: TestContainer;
  let owner: TestAccount;
  beforeAll(async () => {
    openai = await startOpenAIFake({ apiKey, shutDownModels: ["gpt-5-mini"] });
    t = await createTestContainer({ OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: openai.url });
    setContainer(t.container);
    owner = await createTestOwner(t.container);
  });
  afterAll(async () => {
    setContainer(null);
    await t?.close();
    await openai?.close();
  });

  it("fails its next task at once with one sentence the console shows", async () => {
    const { engine } = t.container;
    const show = await createShow(
      engine,
      {
        premise: "A lighthouse keeper hears ships from other centuries",
        autopilot: false,
        settings: { characterCount: 1, text: { provider: "openai", model: "gpt-5-mini" } },
      },
      owner.userId,
    );
    const failed = await waitFor(async () =>
      (await engine.list({ status: "all", showId: show.id, limit: 5 })).find(
        (task) => task.kind === "blueprint" && task.status === "failed",
      ),
    );

    expect(failed.error).toMatchObject({
      code: "not_found",
      message: sentence,
      retryable: false,
      provider: "openai",
    });
    // Not retried: one request, one attempt.
    expect(failed.attempt).toBe(1);
    expect(openai.count("responses")).toBe(1);
    expect(openai.count("chat.completions")).toBe(0);

    // What the console reads for the task.
    const response = await taskRoute.GET(owner.request(`http://localhost/api/tasks/${failed.id}`), {
      params: Promise.resolve({ id: failed.id }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      sentence,
    );
  });
});
