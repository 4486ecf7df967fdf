/**
 * Renders the title card and the poster (no portraits) 12 times each, one at a time, and prints
 * the median and p90 as JSON lines: `npx tsx bench/offline-cards.ts`. Run alone, before and after a renderer
 * change (it measured the render sandbox's overhead: docs/benchmarks.md).
 */
import { renderPoster } from "../src/server/providers/offline/image/poster";
import { noirBlueprint } from "../src/server/providers/offline/image/test-fixtures";
import { renderTitleCard } from "../src/server/providers/offline/image/title-card";
import { report } from "./bench-helpers";

const runs = 12;

async function measure(name: string, render: () => Promise<Buffer>): Promise<void> {
  // The first render pays for fonts and, with the sandbox, starting its child process.
  const cold = performance.now();
  await render();
  const coldMs = Math.round(performance.now() - cold);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await render();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  report(name, { runs, coldMs, medianMs: Math.round(at(0.5)), p90Ms: Math.round(at(0.9)) });
}

const card = {
  title: noirBlueprint.title,
  tagline: noirBlueprint.tagline,
  palette: noirBlueprint.visualAesthetics.palette,
  medium: noirBlueprint.productionStyle.medium,
};
const cast = [{ name: "Ada Vance", role: "Detective", portrait: null }];

await measure("title card 1280×720", () => renderTitleCard(card));
await measure("poster 1024×1536", () =>
  renderPoster({ blueprint: noirBlueprint, cast, grid: null }),
);
process.exit(0);
