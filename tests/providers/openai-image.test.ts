import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cast, liveActionBlueprint } from "@/server/providers/offline/image/test-fixtures";
import { createOpenAIImageProvider } from "@/server/providers/openai";
import type { ImageRequest, MediaRef } from "@/server/providers/types";
import { type OpenAIFake, openAIErrors, startOpenAIFake } from "../fakes/openai-fake";
import { expectProviderError, referenceImages } from "./provider-test-helpers";

const apiKey = "sk-test-greenlight";
let fake: OpenAIFake;

beforeEach(async () => {
  fake = await startOpenAIFake({ apiKey });
});
afterEach(async () => {
  await fake.close();
});

const portraitRequest = (references: MediaRef[], model = "gpt-image-1"): ImageRequest => ({
  prompt: "Portrait of the archivist, lamplit, salt-stained coat.",
  references,
  size: { width: 600, height: 900 },
  context: {
    purpose: "portrait",
    blueprint: liveActionBlueprint,
    dossier: cast[0]!,
    characterIndex: 0,
  },
  model,
});

const images = () => createOpenAIImageProvider({ apiKey, baseURL: fake.url });

describe("OpenAI images", () => {
  it("generates from a prompt alone and crops to the size asked for", async () => {
    const result = await images().generate(portraitRequest([]));

    expect(fake.count("images.generations")).toBe(1);
    expect(fake.requests[0]?.json).toMatchObject({ model: "gpt-image-1", size: "1024x1536", n: 1 });
    const meta = await sharp(result.data).metadata();
    expect({ width: meta.width, height: meta.height, format: meta.format }).toEqual({
      width: 600,
      height: 900,
      format: "png",
    });
    expect(result).toMatchObject({ mime: "image/png", size: { width: 600, height: 900 } });
    // From the usage tokens: 50 text in at $5/M + 4160 out at $40/M.
    expect(result.costUsd).toBeCloseTo(0.1667, 4);
  });

  it("edits with every reference uploaded and high input fidelity on gpt-image-1", async () => {
    const references = await referenceImages(2);
    await images().generate(portraitRequest(references));

    expect(fake.count("images.edits")).toBe(1);
    const form = fake.requests[0]?.form ?? {};
    expect(form["image[]"]).toHaveLength(2);
    expect(form["image[]"]?.[0]).toMatchObject({ filename: "reference-1.png", type: "image/png" });
    expect(form.input_fidelity).toEqual(["high"]);
    expect(form.size).toEqual(["1024x1536"]);
  });

  it.each(["gpt-image-1-mini", "gpt-image-2"])(
    "leaves input_fidelity out for %s",
    async (model) => {
      await images().generate(portraitRequest(await referenceImages(1), model));
      expect(fake.requests[0]?.form?.input_fidelity).toBeUndefined();
    },
  );

  it("moderation_blocked is a terminal moderation error with the request id", async () => {
    fake.script("images.generations", openAIErrors.moderationBlocked());
    const error = await expectProviderError(images().generate(portraitRequest([])));
    expect(error).toMatchObject({ code: "moderation", retryable: false });
    expect(error.userMessage).toMatch(/safety system/);
    expect(error.requestId).toBe(fake.requests[0]?.reply?.headers["x-request-id"]);
  });

  it("429 on an edit is retryable after Retry-After", async () => {
    fake.script("images.edits", openAIErrors.rateLimited(3));
    const error = await expectProviderError(
      images().generate(portraitRequest(await referenceImages(1))),
    );
    expect(error).toMatchObject({
      code: "rate_limited",
      retryAfterMs: expect.toSatisfy((ms: number) => ms >= 3000 && ms <= 3300),
    });
    expect(fake.count("images.edits")).toBe(1);
  });

  it("401 is bad_key and 5xx is retryable", async () => {
    const badKey = createOpenAIImageProvider({ apiKey: "sk-wrong", baseURL: fake.url });
    expect((await expectProviderError(badKey.generate(portraitRequest([])))).code).toBe("auth");
    fake.script("images.generations", openAIErrors.serverError(502));
    expect((await expectProviderError(images().generate(portraitRequest([])))).retryable).toBe(
      true,
    );
  });
});
