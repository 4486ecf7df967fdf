// The render sandbox's child: lays out satori trees and rasterises them with resvg, one job at a
// time, for the pool in render-pool.ts. Plain JavaScript so it starts without a TypeScript loader
// in every runtime (the Next.js server, `npm run worker`, vitest). A native panic here (resvg
// aborts the process on some inputs) takes down only this child; the pool fails that one render
// and starts another child.
import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";

/** Font files by path: read once per child, reused by every job. */
const fontData = new Map();

function fontsFor(specs) {
  return specs.map((spec) => {
    let data = fontData.get(spec.file);
    if (!data) {
      data = readFileSync(spec.file);
      fontData.set(spec.file, data);
    }
    return { name: spec.name, weight: spec.weight, style: spec.style, data };
  });
}

async function run(job) {
  const { width, height } = job.size;
  const svg = await satori(job.tree, { width, height, fonts: fontsFor(job.fonts) });
  if (job.op === "svg") {
    return svg;
  }
  const rendered = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { loadSystemFonts: false },
  }).render();
  return rendered.asPng();
}

process.on("message", (message) => {
  run(message.job).then(
    (data) => process.send({ id: message.id, ok: true, data }),
    (error) =>
      process.send({ id: message.id, ok: false, message: String(error?.message ?? error) }),
  );
});

// The parent went away (exited, crashed, SIGKILL): nothing is left to render for.
process.on("disconnect", () => process.exit(0));
