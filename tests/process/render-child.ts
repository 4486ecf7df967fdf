/**
 * A process running a long ffmpeg render through the app's runFfmpeg, with the app's signal
 * handling: it prints `{"marker"}` (a string in ffmpeg's command line) and then `{"rendering"}`
 * once ffmpeg reports progress, and waits to be signalled. Its graceful stop aborts the render;
 * with STUCK_STOP=1 the stop hangs, so only a forced exit can end the process.
 *
 * Usage: node --import tsx tests/process/render-child.ts <scratchDir>
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { handleShutdownSignals } from "../../src/server/process-signals";
import { bundledFfmpegPath, runFfmpeg } from "../../src/server/providers/offline/video/ffmpeg";
import { silentLogger } from "../helpers/test-engine";

const [dir] = process.argv.slice(2);
if (!dir) {
  throw new Error("usage: render-child.ts <scratchDir>");
}
const controller = new AbortController();
const marker = `render-${randomUUID()}`;
const rendering = runFfmpeg({
  ffmpegPath: bundledFfmpegPath,
  // Ten minutes of video: it is still rendering whenever the test acts.
  args: [
    ...["-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=600"],
    ...[
      "-c:v",
      "libx264",
      "-preset",
      "ultrafast",
      "-f",
      "mp4",
      "-y",
      path.join(dir, `${marker}.mp4`),
    ],
  ],
  totalSeconds: 600,
  signal: controller.signal,
  onProgress: () => {
    if (!announced) {
      announced = true;
      process.stdout.write(`${JSON.stringify({ rendering: true })}\n`);
    }
  },
}).catch(() => {});
let announced = false;
handleShutdownSignals({
  logger: silentLogger,
  stop: async () => {
    if (process.env.STUCK_STOP) {
      await new Promise<void>(() => {});
    }
    controller.abort(new Error("stopping"));
    await rendering;
  },
});
process.stdout.write(`${JSON.stringify({ marker })}\n`);
