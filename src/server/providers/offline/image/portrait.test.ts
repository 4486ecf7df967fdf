import { describe, expect, it } from "vitest";
import { castStyleFor, renderPortrait } from "./portrait";
import {
  animeBlueprint,
  cartoonBlueprint,
  cast,
  claymationBlueprint,
  liveActionBlueprint,
  noirBlueprint,
  pngInfo,
  sha256,
} from "./test-fixtures";

const maren = { blueprint: liveActionBlueprint, dossier: cast[0]!, characterIndex: 0 };

describe("renderPortrait", () => {
  it("draws a 1024×1024 PNG by default", async () => {
    expect(await pngInfo(await renderPortrait(maren))).toEqual({
      format: "png",
      width: 1024,
      height: 1024,
    });
  });

  it("honours a requested size, square or not", async () => {
    const png = await renderPortrait(maren, { width: 384, height: 512 });
    expect(await pngInfo(png)).toEqual({ format: "png", width: 384, height: 512 });
  });

  it("gives the same bytes for the same character and show", async () => {
    const size = { width: 320, height: 320 };
    const [first, second] = await Promise.all([
      renderPortrait(maren, size),
      renderPortrait(maren, size),
    ]);
    expect(sha256(first)).toBe(sha256(second));
  });

  it("draws different characters differently", async () => {
    const size = { width: 320, height: 320 };
    const hashes = await Promise.all(
      cast.map(async (dossier, characterIndex) =>
        sha256(
          await renderPortrait({ blueprint: liveActionBlueprint, dossier, characterIndex }, size),
        ),
      ),
    );
    expect(new Set(hashes).size).toBe(cast.length);
  });

  it("draws the same character differently in another show", async () => {
    const size = { width: 320, height: 320 };
    const here = await renderPortrait(maren, size);
    const there = await renderPortrait(
      { ...maren, blueprint: { ...liveActionBlueprint, title: "Another Show" } },
      size,
    );
    expect(sha256(here)).not.toBe(sha256(there));
  });

  it("stops before drawing when the signal is already aborted", async () => {
    await expect(renderPortrait(maren, undefined, AbortSignal.abort())).rejects.toThrow();
  });
});

describe("castStyleFor", () => {
  it("draws every medium's cast in the one style that has the traits dossiers ask for", () => {
    for (const blueprint of [
      claymationBlueprint,
      animeBlueprint,
      noirBlueprint,
      cartoonBlueprint,
      liveActionBlueprint,
    ]) {
      expect(castStyleFor(blueprint)).toBe("avataaars");
    }
  });
});
