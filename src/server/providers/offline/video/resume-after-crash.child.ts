import type { VideoRequest } from "../../types";
import { createOfflineVideoProvider } from "./offline-video-provider";

/**
 * The process the crash test kills: it submits the request given as JSON, reports the job id,
 * then reports again once ffmpeg is rendering, and waits to be killed mid-render.
 *
 * Usage: node --import tsx resume-after-crash.child.ts <jobsDir> <requestJson>
 */
const [jobsDir, requestJson] = process.argv.slice(2);
if (!jobsDir || !requestJson) {
  throw new Error("usage: resume-after-crash.child.ts <jobsDir> <requestJson>");
}
const provider = createOfflineVideoProvider({ jobsDir });
const { jobId } = await provider.submit(JSON.parse(requestJson) as VideoRequest);
process.stdout.write(`${JSON.stringify({ jobId })}\n`);
for (;;) {
  const status = await provider.status(jobId);
  if ((status.progress ?? 0) > 0.05) {
    process.stdout.write(`${JSON.stringify({ rendering: status.progress })}\n`);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
