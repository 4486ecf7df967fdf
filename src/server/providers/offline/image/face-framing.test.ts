import { describe, expect, it } from "vitest";
import type { Size } from "../../types";
import { letterboxBar, stillHeads } from "./episode-still";
import { isInside, type Rect } from "./face-box";
import { portraitHeadBox, portraitLayout } from "./portrait";
import { gridHeads, layoutGrid } from "./portrait-grid";
import { billedFaces } from "./poster-key-art";

/**
 * Faces stay inside every frame: for each layout, the head boxes it places (hairline to chin,
 * ear to ear, whatever the character's build and age) lie inside the picture.
 */

const portraitSizes: Size[] = [
  { width: 1024, height: 1024 },
  { width: 384, height: 512 },
  { width: 768, height: 512 },
];

const builds = [0.84, 0.94, 1].flatMap((height) =>
  [0.91, 1, 1.1].map((width) => ({ width: width * height, height })),
);

const rounded = (box: Rect) => ({
  left: Math.round(box.left),
  top: Math.round(box.top),
  right: Math.round(box.left + box.width),
  bottom: Math.round(box.top + box.height),
});

describe("faces stay inside the frame", () => {
  it("in a portrait, above the name caption, for every build and age", () => {
    for (const size of portraitSizes) {
      for (const scale of builds) {
        const layout = portraitLayout(size, scale);
        expect({
          size,
          head: rounded(layout.head),
          inside: isInside(layout.head, size),
        }).toMatchObject({
          inside: true,
        });
        expect(layout.head.top + layout.head.height).toBeLessThan(layout.captionTop);
      }
    }
  });

  it("in every tile of the cast grid", () => {
    for (const count of [1, 2, 3, 4, 5, 7, 10]) {
      const layout = layoutGrid(count, 3, 1536, true);
      const heads = gridHeads(layout, { width: 1024, height: 1024 });
      layout.slots.forEach((slot, index) => {
        const tile = { ...slot, width: layout.tile, height: layout.tile };
        expect({ count, index, inside: isInside(heads[index]!, tile) }).toEqual({
          count,
          index,
          inside: true,
        });
      });
    }
  });

  it("on the poster, for every billed face, with room to spare at the edges", () => {
    for (const size of [
      { width: 1024, height: 1536 },
      { width: 400, height: 600 },
    ]) {
      const margin = size.width * 0.015;
      const faces = billedFaces(
        Array.from({ length: 5 }, () => ({ width: 1024, height: 1024 })),
        size,
      );
      expect(faces).toHaveLength(5);
      faces.forEach(({ head }, index) => {
        const safe = {
          left: margin,
          top: margin,
          width: size.width - 2 * margin,
          height: size.height - 2 * margin,
        };
        expect({ index, head: rounded(head), inside: isInside(head, safe) }).toMatchObject({
          index,
          inside: true,
        });
      });
    }
  });

  it("in an episode still, between the letterbox bars, for one to three in shot", () => {
    for (const size of [
      { width: 1280, height: 720 },
      { width: 640, height: 360 },
    ]) {
      const bar = letterboxBar(size);
      const picture = { left: 0, top: bar, width: size.width, height: size.height - 2 * bar };
      for (const count of [1, 2, 3]) {
        const heads = stillHeads(
          Array.from({ length: count }, () => ({ width: 1024, height: 1024 })),
          size,
        );
        heads.forEach((head, index) => {
          expect({
            count,
            index,
            head: rounded(head),
            inside: isInside(head, picture),
          }).toMatchObject({
            inside: true,
          });
        });
      }
    }
  });

  it("reads the head where the portrait draws it: upper middle, clear of the edges", () => {
    const head = portraitHeadBox({ width: 1024, height: 1024 });
    expect(head.left).toBeGreaterThan(200);
    expect(head.left + head.width).toBeLessThan(824);
    expect(head.top).toBeGreaterThan(100);
  });
});
