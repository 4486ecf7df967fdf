import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as showRoute from "../../src/app/api/shows/[id]/route";
import * as showRoutes from "../../src/app/api/shows/route";
import { setContainer } from "../../src/server/container";
import { createTestOwner, type TestAccount } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

const base = "http://localhost";

/**
 * Saving settings that name a model OpenAI has already shut down. No OpenAI key is configured:
 * choices are checked on save whether or not the key is there yet, and nothing can call OpenAI.
 */
describe("saving a model OpenAI has shut down", () => {
  let t: TestContainer;
  let owner: TestAccount;
  let showId: string;
  const send = (method: string, path: string, body: unknown) =>
    owner.request(`${base}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const patch = (settings: unknown) =>
    showRoute.PATCH(send("PATCH", `/api/shows/${showId}`, { settings }), {
      params: Promise.resolve({ id: showId }),
    });

  beforeAll(async () => {
    t = await createTestContainer();
    setContainer(t.container);
    owner = await createTestOwner(t.container);
    const created = await showRoutes.POST(
      send("POST", "/api/shows", {
        premise: "A salt-marsh ferry that only runs in fog",
        autopilot: false,
        settings: { characterCount: 1 },
      }),
    );
    expect(created.status).toBe(201);
    showId = ((await created.json()) as { id: string }).id;
  });
  afterAll(async () => {
    setContainer(null);
    await t?.close();
  });

  it("a new show: 400 naming the field and the replacement", async () => {
    const response = await showRoutes.POST(
      send("POST", "/api/shows", {
        premise: "A night-train conductor collects lost letters",
        autopilot: false,
        settings: { image: { provider: "openai", model: "gpt-image-1.5" } },
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "invalid_input",
        field: "settings.image.model",
        message:
          "OpenAI shut down gpt-image-1.5 on 1 Dec 2026; choose gpt-image-2.6-sunburst or gpt-image-2.6-flare.",
      },
    });
  });

  it("a show's settings: 400, and the saved choice is unchanged", async () => {
    const response = await patch({ text: { provider: "openai", model: "gpt-4.1-nano" } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: {
        field: "settings.text.model",
        message: "OpenAI shut down gpt-4.1-nano on 23 Oct 2026; choose gpt-6-luna.",
      },
    });
    const detail = await showRoute.GET(owner.request(`${base}/api/shows/${showId}`), {
      params: Promise.resolve({ id: showId }),
    });
    const { settings } = (await detail.json()) as { settings: { text: { model: string } } };
    expect(settings.text.model).toBe("offline-writer-1");
  });

  it("the replacement saves", async () => {
    const response = await patch({
      image: { provider: "openai", model: "gpt-image-2.6-sunburst" },
    });
    expect(response.status).toBe(200);
    const { settings } = (await response.json()) as { settings: { image: { model: string } } };
    expect(settings.image.model).toBe("gpt-image-2.6-sunburst");
  });
});
