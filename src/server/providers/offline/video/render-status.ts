import { RenderSandboxError } from "../../../render-sandbox/render-errors";
import type { VideoJobStatus, VideoPurpose } from "../../types";
import { FfmpegError } from "./ffmpeg";
import type { RenderPhase } from "./render-job";

/** A render running in this process: what `status` reports and `cancel` aborts. */
export interface ActiveRender {
  controller: AbortController;
  phase: "queued" | RenderPhase;
  /** Never decreases; from the start, at least the share already stored (see `scanJob`). */
  progress: number;
  /** Settles once the stored segments are known (or the render has ended). */
  scanned: Promise<void>;
  done: Promise<void>;
}

export const purposeNames: Record<VideoPurpose, string> = {
  character_video: "character video",
  episode_clip: "episode clip",
};

export function describeRender(active: ActiveRender, name: string): VideoJobStatus {
  switch (active.phase) {
    case "queued":
      return { state: "queued", progress: active.progress, stage: `Waiting to render ${name}` };
    case "preparing":
      return { state: "processing", progress: active.progress, stage: `Preparing ${name} shots` };
    case "rendering": {
      const percent = Math.round(active.progress * 100);
      return {
        state: "processing",
        progress: active.progress,
        stage: `Rendering ${name} · ${percent}%`,
      };
    }
  }
}

/** One line a user can read: ffmpeg's last complaint, or the error's message. */
export function failureMessage(error: Error): string {
  if (error instanceof RenderSandboxError) {
    // Already says what to do; the child's exit status and panic tail (error.message) are not for users.
    return error.userMessage;
  }
  if (error instanceof FfmpegError) {
    const lastLine = error.stderrTail.split("\n").filter(Boolean).at(-1) ?? "no details";
    return `The offline renderer failed (ffmpeg: ${lastLine.slice(0, 200)})`;
  }
  return `The offline renderer failed: ${error.message.slice(0, 200)}`;
}
