import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";

/**
 * Reading a PDF back as a viewer would, for tests: pdf.js (Firefox's reader) parses it, gives each
 * page's text, and renders a page to PNG through @napi-rs/canvas (pdf.js's own optional
 * dependency in Node). Nothing here is used outside tests.
 */

export interface ReadPdf {
  pageCount: number;
  title: string | null;
  /** Each page's text, one line per row of glyphs, top to bottom. */
  pages: string[];
}

export async function readPdf(pdf: Buffer): Promise<ReadPdf> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const metadata = await document.getMetadata();
    const info = metadata.info as { Title?: string };
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items.filter((item): item is TextItem => "str" in item)));
    }
    return { pageCount: document.numPages, title: info.Title ?? null, pages };
  } finally {
    await document.destroy();
  }
}

/** Runs on one baseline joined left to right (a line drawn in several fonts is several runs). */
function linesOf(items: TextItem[]): string {
  const rows = new Map<number, TextItem[]>();
  for (const item of items) {
    const y = Math.round(item.transform[5]!);
    rows.set(y, [...(rows.get(y) ?? []), item]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, row]) =>
      row
        .sort((a, b) => a.transform[4]! - b.transform[4]!)
        .map((item) => item.str)
        .join(""),
    )
    .join("\n");
}

/**
 * Page `number` (1-based) as a PNG at `scale` × its size in points, or null with the reason when
 * no canvas can be loaded on this machine (the text checks do not need one).
 */
export async function renderPdfPage(
  pdf: Buffer,
  number: number,
  scale = 1.5,
): Promise<{ png: Buffer } | { skipped: string }> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const page = await document.getPage(number);
    const viewport = page.getViewport({ scale });
    // pdf.js's Node canvas factory (not in its public types) makes @napi-rs/canvas canvases.
    const factory = document.canvasFactory as {
      create(width: number, height: number): typeof target;
    };
    let target: {
      canvas: { toBuffer(mime: "image/png"): Buffer };
      context: CanvasRenderingContext2D;
    };
    try {
      target = factory.create(viewport.width, viewport.height);
    } catch (error) {
      // pdf.js loads @napi-rs/canvas lazily; an optional dependency may be missing.
      return { skipped: `pdf.js found no canvas: ${(error as Error).message}` };
    }
    await page.render({
      canvas: target.canvas as unknown as HTMLCanvasElement,
      canvasContext: target.context,
      viewport,
    }).promise;
    return { png: target.canvas.toBuffer("image/png") };
  } finally {
    await document.destroy();
  }
}
