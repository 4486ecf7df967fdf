import { describe, expect, it } from "vitest";
import { claymationBlueprint, pngInfo, sha256 } from "./test-fixtures";
import { renderEndCard, renderTitleCard } from "./title-card";

const card = {
  title: claymationBlueprint.title,
  tagline: claymationBlueprint.tagline,
  palette: claymationBlueprint.visualAesthetics.palette,
  medium: claymationBlueprint.productionStyle.medium,
};

describe("renderTitleCard", () => {
  it("draws a 1280×720 PNG by default", async () => {
    expect(await pngInfo(await renderTitleCard(card))).toEqual({
      format: "png",
      width: 1280,
      height: 720,
    });
  });

  it("honours the size and is deterministic", async () => {
    const size = { width: 640, height: 360 };
    const [first, second] = await Promise.all([
      renderTitleCard(card, size),
      renderTitleCard(card, size),
    ]);
    expect(await pngInfo(first)).toEqual({ format: "png", ...size });
    expect(sha256(first)).toBe(sha256(second));
  });

  it("sets very long titles without failing", async () => {
    const long = {
      ...card,
      title: "The Extraordinarily Long and Winding Chronicles of Pudding Lane",
    };
    expect(await pngInfo(await renderTitleCard(long, { width: 640, height: 360 }))).toMatchObject({
      width: 640,
    });
  });
});

describe("renderEndCard", () => {
  it("draws the closing card at the requested size", async () => {
    const png = await renderEndCard(
      { title: card.title, palette: card.palette },
      { width: 640, height: 360 },
    );
    expect(await pngInfo(png)).toEqual({ format: "png", width: 640, height: 360 });
  });
});

describe("hostile text", () => {
  it("draws a 50,000-character tagline and title (resvg used to abort the process on them)", async () => {
    const png = await renderTitleCard(
      { ...card, title: "Endless ".repeat(6_000), tagline: "word ".repeat(10_000) },
      { width: 640, height: 360 },
    );
    expect(await pngInfo(png)).toEqual({ format: "png", width: 640, height: 360 });
  });
});
