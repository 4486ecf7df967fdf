import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPoster } from "../providers/offline/image/poster";
import {
  cast,
  claymationBlueprint,
  liveActionBlueprint,
  writeFixturePortraits,
} from "../providers/offline/image/test-fixtures";
import { fitBilling, minNamePx } from "./trailer-card-fit";
import { drawEndCard, drawTitleCard } from "./trailer-cards";

// The suite leaves its cards here to be looked at (test-results/ is ignored by git).
const previewDir = path.join(process.cwd(), "test-results", "cards");
const wide = { width: 1280, height: 720 };
const tall = { width: 720, height: 1280 };
const aspects = [
  ["16x9", wide],
  ["9x16", tall],
] as const;

const tenNames = [
  ...cast.map((member) => member.name),
  "Ingrid Solvang-Marchetti",
  "Kofi Mensah",
  "Beatriz Ó Faoláin",
  "Nguyễn Thảo Vy",
  "Дмитрий Валенко",
  "Juniper Ashgrove-Whitlock",
];
const twoHundred =
  `${"The night the tide forgot to turn, every lamp in Saltmere went out at once, and the archive began to write its own last chapter. ".repeat(2)}`.slice(
    0,
    200,
  );

let dir: string;
let posterPath: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "trailer-cards-"));
  await mkdir(previewDir, { recursive: true });
  // A real poster from the offline image provider, as the trailer's end card will get.
  const portraits = await writeFixturePortraits(dir, 256);
  const poster = await renderPoster(
    {
      blueprint: liveActionBlueprint,
      cast: portraits.map((portrait, index) => ({
        name: portrait.name,
        role: cast[index]!.role,
        portrait: { path: portrait.path, mime: "image/png" },
      })),
      grid: null,
    },
    { width: 683, height: 1024 },
  );
  posterPath = path.join(dir, "poster.png");
  await writeFile(posterPath, poster);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function keep(name: string, png: Buffer): Promise<Buffer> {
  await writeFile(path.join(previewDir, `${name}.png`), png);
  return png;
}

async function sizeOf(png: Buffer) {
  const { format, width, height } = await sharp(png).metadata();
  return { format, width, height };
}

/**
 * The brightest pixel (0–255 luma) in a band `share` wide along each edge of the card. Type is
 * near-white on a dark ground; text that ran off the card would light these bands.
 */
async function edgeBrightness(png: Buffer, share: number): Promise<number> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const bandX = Math.round(info.width * share);
  const bandY = Math.round(info.height * share);
  let brightest = 0;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const inBand = x < bandX || x >= info.width - bandX || y < bandY || y >= info.height - bandY;
      if (inBand) {
        brightest = Math.max(brightest, data[y * info.width + x]!);
      }
    }
  }
  return brightest;
}

describe("drawTitleCard", () => {
  it.each(aspects)("sets the show's title as a PNG of the cut's size (%s)", async (name, size) => {
    const png = await keep(
      `title-${name}`,
      await drawTitleCard(liveActionBlueprint.title, liveActionBlueprint, size),
    );
    expect(await sizeOf(png)).toEqual({ format: "png", ...size });
  });

  it.each(aspects)("sets a phrase between shots (%s)", async (name, size) => {
    const png = await keep(
      `phrase-${name}`,
      await drawTitleCard("Nothing stays buried", claymationBlueprint, size),
    );
    expect(await sizeOf(png)).toEqual({ format: "png", ...size });
  });

  it.each(aspects)("keeps a 200-character card inside the frame (%s)", async (name, size) => {
    const png = await keep(
      `title-200-chars-${name}`,
      await drawTitleCard(twoHundred, liveActionBlueprint, size),
    );
    expect(await sizeOf(png)).toEqual({ format: "png", ...size });
    expect(await edgeBrightness(png, 0.04)).toBeLessThan(90);
  });

  it("draws hostile text (markup, emoji, RTL, one endless word) without throwing", async () => {
    const hostile = [
      "<script>alert('x')</script> & </div>",
      "🔥🔥 THE END 🎬 is near 👀",
      "שלום עולם مرحبا بالعالم",
      "A".repeat(200),
      "",
    ];
    for (const [index, text] of hostile.entries()) {
      const png = await keep(
        `title-hostile-${index}`,
        await drawTitleCard(text, liveActionBlueprint, wide),
      );
      expect(await sizeOf(png)).toEqual({ format: "png", ...wide });
      expect(await edgeBrightness(png, 0.03)).toBeLessThan(90);
    }
  });

  it("leaves out what no shipped font can draw instead of boxing it", async () => {
    const small = { width: 640, height: 360 };
    const [withEmoji, plain, hebrew, title] = await Promise.all([
      drawTitleCard("🔥 The end\u200d is near 👀", liveActionBlueprint, small),
      drawTitleCard("The end is near", liveActionBlueprint, small),
      drawTitleCard("שלום עולם", liveActionBlueprint, small),
      drawTitleCard(liveActionBlueprint.title, liveActionBlueprint, small),
    ]);
    expect(withEmoji.equals(plain)).toBe(true);
    // Nothing left to set: the card carries the show's title rather than nothing.
    expect(hebrew.equals(title)).toBe(true);
  });
});

describe("drawEndCard", () => {
  it.each(aspects)("bills a ten-strong cast beside the poster (%s)", async (name, size) => {
    const png = await keep(
      `end-${name}`,
      await drawEndCard({ blueprint: liveActionBlueprint, posterPath, castNames: tenNames }, size),
    );
    expect(await sizeOf(png)).toEqual({ format: "png", ...size });
    expect(await edgeBrightness(png, 0.03)).toBeLessThan(90);
  });

  it.each(aspects)("sets the card in type alone without a poster (%s)", async (name, size) => {
    const png = await keep(
      `end-no-poster-${name}`,
      await drawEndCard(
        { blueprint: claymationBlueprint, posterPath: null, castNames: tenNames },
        size,
      ),
    );
    expect(await sizeOf(png)).toEqual({ format: "png", ...size });
    expect(await edgeBrightness(png, 0.03)).toBeLessThan(90);
  });

  it.each(aspects)(
    "keeps hostile text and long names inside the frame (%s)",
    async (name, size) => {
      const hostile = {
        ...liveActionBlueprint,
        title: "W".repeat(80),
        tagline: `<b>${"Nothing stays buried 🔥 ".repeat(12)}</b>`,
      };
      const names = Array.from(
        { length: 10 },
        (_, i) => `Maximiliana Bartholomew-Featherstonehaugh ${i}`,
      );
      const png = await keep(
        `end-hostile-${name}`,
        await drawEndCard({ blueprint: hostile, posterPath, castNames: names }, size),
      );
      expect(await sizeOf(png)).toEqual({ format: "png", ...size });
      expect(await edgeBrightness(png, 0.03)).toBeLessThan(90);
    },
  );

  it("still draws when the poster file cannot be read", async () => {
    const png = await drawEndCard(
      {
        blueprint: liveActionBlueprint,
        posterPath: path.join(dir, "missing.png"),
        castNames: tenNames,
      },
      wide,
    );
    expect(await sizeOf(png)).toEqual({ format: "png", ...wide });
  });
});

describe("fitBilling", () => {
  it("names every one of ten actors whole, at a size legible at 720p", () => {
    for (const width of [560, 620]) {
      const billing = fitBilling(tenNames, { width, height: 240, max: 26, min: minNamePx });
      expect(billing.lines.flat()).toEqual(tenNames);
      expect(billing.fontSize).toBeGreaterThanOrEqual(minNamePx);
      expect(billing.lines.length * billing.lineHeight).toBeLessThanOrEqual(240);
    }
  });
});
