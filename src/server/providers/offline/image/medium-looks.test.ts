import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Blueprint } from "../../../shows/documents";
import { reportedFailures } from "./dossier-arbitrary";
import { type MediumLook, mediumLookOf, mediumLooks } from "./medium-look";
import { renderPortrait } from "./portrait";
import { liveActionBlueprint } from "./test-fixtures";

/** One medium per look, as blueprints write them. */
const mediumFor: Record<MediumLook, string> = {
  "ink-noir": "neo-noir graphic novel",
  watercolour: "watercolour picture book",
  claymation: "stop-motion claymation",
  "anime-cel": "2D anime",
  "retro-comic": "retro comic book",
  "photo-duotone": "prestige live action",
};

const size = { width: 256, height: 256 };

function inMedium(medium: string): Blueprint {
  return {
    ...liveActionBlueprint,
    productionStyle: { ...liveActionBlueprint.productionStyle, medium },
  };
}

/** What a viewer notices first about a finish: its colours, its edges, its greyness, its light. */
interface Measures {
  /** 4×4×4 colour histogram, summing to 1. */
  histogram: number[];
  /** Share of pixels on a sharp luminance edge (hatching, dots and ink lines are edges). */
  edges: number;
  /** Mean chroma (max − min channel), 0..1: how far from grey the image is. */
  saturation: number;
  /** Mean luminance, 0..1. */
  light: number;
}

async function measure(png: Buffer): Promise<Measures> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const histogram = new Array<number>(64).fill(0);
  const luma = new Float32Array(width * height);
  let saturation = 0;
  for (let p = 0; p < width * height; p++) {
    const [r, g, b] = [data[p * 3]!, data[p * 3 + 1]!, data[p * 3 + 2]!];
    histogram[(r >> 6) * 16 + (g >> 6) * 4 + (b >> 6)]! += 1 / (width * height);
    saturation += (Math.max(r, g, b) - Math.min(r, g, b)) / 255;
    luma[p] = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  }
  let edges = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const p = y * width + x;
      const gradient =
        Math.abs(luma[p + 1]! - luma[p - 1]!) + Math.abs(luma[p + width]! - luma[p - width]!);
      edges += gradient > 0.25 ? 1 : 0;
    }
  }
  const mean = luma.reduce((sum, value) => sum + value, 0) / luma.length;
  return {
    histogram,
    edges: edges / ((width - 2) * (height - 2)),
    saturation: saturation / (width * height),
    light: mean,
  };
}

function histogramDistance(a: number[], b: number[]): number {
  return a.reduce((sum, value, index) => sum + Math.abs(value - b[index]!), 0);
}

describe("mediumLookOf", () => {
  it("reads each look from the words a blueprint uses for its medium", () => {
    const cases: [string, MediumLook][] = [
      ["neo-noir graphic novel", "ink-noir"],
      ["black-and-white film noir", "ink-noir"],
      ["pen-and-ink graphic novel", "ink-noir"],
      ["claymation", "claymation"],
      ["stop-motion claymation", "claymation"],
      ["felt puppet stop-motion", "claymation"],
      ["watercolor", "watercolour"],
      ["hand-painted watercolor animation", "watercolour"],
      ["storybook gouache", "watercolour"],
      ["2D anime", "anime-cel"],
      ["hand-drawn 2D cartoon", "anime-cel"],
      ["retro comic book", "retro-comic"],
      ["pop-art comic strip", "retro-comic"],
      ["prestige live action", "photo-duotone"],
      ["documentary", "photo-duotone"],
    ];
    for (const [medium, look] of cases) {
      expect({ medium, look: mediumLookOf(medium) }).toEqual({ medium, look });
    }
  });
});

describe("the six medium looks", () => {
  const measured = new Map<MediumLook, Measures>();
  const { dossier } = reportedFailures[0]!;

  beforeAll(async () => {
    const renders = await Promise.all(
      mediumLooks.map(async (look) => {
        const png = await renderPortrait(
          { blueprint: inMedium(mediumFor[look]), dossier, characterIndex: 0 },
          size,
        );
        return [look, await measure(png)] as const;
      }),
    );
    for (const [look, measures] of renders) {
      measured.set(look, measures);
      if (process.env.PRINT_MEASURES) {
        process.stdout.write(`${look} ${JSON.stringify({ ...measures, histogram: undefined })}\n`);
      }
    }
  }, 120_000);

  it("give measurably different images of the same character", () => {
    for (const [i, a] of mediumLooks.entries()) {
      for (const b of mediumLooks.slice(i + 1)) {
        const distance = histogramDistance(measured.get(a)!.histogram, measured.get(b)!.histogram);
        expect({ pair: `${a} / ${b}`, different: distance > 0.3 }).toEqual({
          pair: `${a} / ${b}`,
          different: true,
        });
      }
    }
  });

  it("each have the mark of their medium", () => {
    const of = (look: MediumLook) => measured.get(look)!;
    // Ink is black and white (a spot of red aside) and full of hatching.
    expect(of("ink-noir").saturation).toBeLessThan(0.05);
    expect(of("ink-noir").edges).toBeGreaterThan(3 * of("photo-duotone").edges);
    // Halftone dots are edges too, printed in colour on a loud ground.
    expect(of("retro-comic").edges).toBeGreaterThan(3 * of("photo-duotone").edges);
    expect(of("retro-comic").saturation).toBeGreaterThan(0.15);
    // Watercolour is soft, on light paper; anime is vivid and outlined against a bright sky.
    expect(of("watercolour").light).toBeGreaterThan(0.6);
    expect(of("watercolour").edges).toBeLessThan(of("anime-cel").edges);
    expect(of("anime-cel").light).toBeGreaterThan(0.5);
    expect(of("anime-cel").saturation).toBeGreaterThan(of("photo-duotone").saturation);
    expect(of("anime-cel").edges).toBeGreaterThan(of("claymation").edges);
    // Clay and film are lit sets, dark around the figure; the photograph is graded towards grey.
    expect(of("claymation").light).toBeLessThan(0.35);
    expect(of("photo-duotone").light).toBeLessThan(0.35);
    expect(of("claymation").saturation).toBeGreaterThan(of("photo-duotone").saturation);
  });
});

describe("stated colours survive every look", () => {
  const small = { width: 192, height: 192 };
  const { dossier } = reportedFailures[0]!;
  const variant = (appearance: string, wardrobe: string) => ({ ...dossier, appearance, wardrobe });
  const platinum = variant(
    "Slight, with olive skin and platinum hair shaved at the sides.",
    "A bright red raincoat.",
  );
  const black = variant(
    "Slight, with olive skin and jet-black hair shaved at the sides.",
    "A cobalt blue raincoat.",
  );

  /** Mean colour, in each render, of the pixels where the two renders differ. */
  async function where(a: Buffer, b: Buffer): Promise<{ a: number[]; b: number[] }> {
    const [x, y] = await Promise.all(
      [a, b].map((png) => sharp(png).removeAlpha().raw().toBuffer()),
    );
    const sums = { a: [0, 0, 0], b: [0, 0, 0], n: 0 };
    for (let i = 0; i < x!.length; i += 3) {
      const moved =
        Math.abs(x![i]! - y![i]!) +
        Math.abs(x![i + 1]! - y![i + 1]!) +
        Math.abs(x![i + 2]! - y![i + 2]!);
      if (moved > 90) {
        for (let c = 0; c < 3; c++) {
          sums.a[c]! += x![i + c]!;
          sums.b[c]! += y![i + c]!;
        }
        sums.n += 1;
      }
    }
    return { a: sums.a.map((v) => v / sums.n), b: sums.b.map((v) => v / sums.n) };
  }

  const luma = ([r, g, b]: number[]) => (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;

  it.each(mediumLooks)(
    "keeps platinum light, black dark and a red coat red in %s",
    async (look) => {
      const blueprint = inMedium(mediumFor[look]);
      const [light, dark] = await Promise.all(
        [platinum, black].map((d) =>
          renderPortrait({ blueprint, dossier: d, characterIndex: 0 }, small),
        ),
      );
      const { a, b } = await where(light!, dark!);
      // The differing pixels are hair and coat together; hair dominates their lightness…
      expect(luma(a)).toBeGreaterThan(luma(b) + 0.15);
      // …and in every colour look the red coat pulls the mean red where the blue coat pulls it blue.
      if (look !== "ink-noir") {
        expect(a[0]! - a[2]!).toBeGreaterThan(b[0]! - b[2]! + 30);
      }
    },
    60_000,
  );
});
