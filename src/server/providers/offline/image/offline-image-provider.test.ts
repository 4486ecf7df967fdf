import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProviderError } from "../../provider-error";
import type { ImageContext, ImageRequest } from "../../types";
import { createOfflineImageProvider } from "./offline-image-provider";
import { cast, liveActionBlueprint, pngInfo, sha256, writeFixturePortraits } from "./test-fixtures";

const provider = createOfflineImageProvider();
let directory: string;
let portraitPaths: string[];

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "greenlight-provider-"));
  portraitPaths = (await writeFixturePortraits(directory, 256)).map((portrait) => portrait.path);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

function request(context: ImageContext, overrides: Partial<ImageRequest> = {}): ImageRequest {
  return {
    prompt: "ignored offline",
    references: [],
    size: { width: 256, height: 256 },
    context,
    model: "",
    ...overrides,
  };
}

const portraitContext: ImageContext = {
  purpose: "portrait",
  blueprint: liveActionBlueprint,
  dossier: cast[1]!,
  characterIndex: 1,
};

describe("offline image provider", () => {
  it("draws a portrait for free, as PNG, at the requested size", async () => {
    const result = await provider.generate(
      request(portraitContext, { size: { width: 320, height: 400 } }),
    );
    expect(provider.id).toBe("offline");
    expect(result).toMatchObject({
      mime: "image/png",
      size: { width: 320, height: 400 },
      model: "offline-art-1",
      costUsd: 0,
    });
    expect(await pngInfo(result.data)).toEqual({ format: "png", width: 320, height: 400 });
  });

  it("keeps a model name it is given", async () => {
    const result = await provider.generate(request(portraitContext, { model: "offline-art-2" }));
    expect(result.model).toBe("offline-art-2");
  });

  it("answers the same request with the same bytes", async () => {
    const [first, second] = await Promise.all([
      provider.generate(request(portraitContext)),
      provider.generate(request(portraitContext)),
    ]);
    expect(sha256(first.data)).toBe(sha256(second.data));
  });

  it("draws posters and episode stills from their contexts", async () => {
    const members = cast.map((dossier, index) => ({
      name: dossier.name,
      role: dossier.role,
      portrait: { path: portraitPaths[index]!, mime: "image/png" },
    }));
    const poster = await provider.generate(
      request(
        { purpose: "poster", blueprint: liveActionBlueprint, cast: members, grid: null },
        { size: { width: 400, height: 600 } },
      ),
    );
    const still = await provider.generate(
      request(
        {
          purpose: "episode_still",
          blueprint: liveActionBlueprint,
          episode: { number: 1, title: "The Drowned Ledger", logline: "A ledger washes up." },
          cast: members.slice(0, 2),
        },
        { size: { width: 640, height: 360 } },
      ),
    );
    expect(await pngInfo(poster.data)).toEqual({ format: "png", width: 400, height: 600 });
    expect(await pngInfo(still.data)).toEqual({ format: "png", width: 640, height: 360 });
  });

  it("draws a storyboard frame from the shot and its cast", async () => {
    const frame = await provider.generate(
      request(
        {
          purpose: "storyboard_frame",
          blueprint: liveActionBlueprint,
          shot: {
            scene: { interior: false, location: "The sea wall", timeOfDay: "dusk" },
            durationSeconds: 4,
            framing: "medium",
            cameraMove: "static",
            characterIds: ["maren"],
            action: "Maren reads the ledger aloud.",
            dialogue: [],
            narration: "",
            soundCue: "",
          },
          cast: [
            { id: "maren", name: cast[0]!.name, position: 0, dossier: cast[0]!, portrait: null },
          ],
        },
        { size: { width: 640, height: 360 } },
      ),
    );
    expect(frame).toMatchObject({ mime: "image/png", costUsd: 0 });
    expect(await pngInfo(frame.data)).toEqual({ format: "png", width: 640, height: 360 });
  });

  it("reports a canceled request as a terminal canceled error", async () => {
    const error = await provider
      .generate(request(portraitContext, { signal: AbortSignal.abort() }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).code).toBe("canceled");
  });

  it("reports a missing portrait file as not found", async () => {
    const missing = [
      {
        name: "Ghost",
        role: "Nobody",
        portrait: { path: path.join(directory, "nope.png"), mime: "image/png" },
      },
    ];
    const error = await provider
      .generate(
        request({ purpose: "poster", blueprint: liveActionBlueprint, cast: missing, grid: null }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).code).toBe("not_found");
  });

  it("rejects sizes it cannot draw", async () => {
    const error = await provider
      .generate(request(portraitContext, { size: { width: 0, height: 100 } }))
      .catch((e: unknown) => e);
    expect((error as ProviderError).code).toBe("invalid_input");
  });
});
