import path from "node:path";
import sharp from "sharp";
import { inspectVideo } from "../providers/offline/video/inspect-video";
import { plateSizeFor } from "../providers/offline/video/video-plan";
import type { CutVisual } from "./cut-plan";

/** A shot's picture, ready for ffmpeg. */
export type PreparedVisual =
  /** A JPEG larger than the frame (see `plateSizeFor`), for zoompan to move over. */
  | { type: "plate"; path: string }
  /** A JPEG of exactly the frame size, held. */
  | { type: "card"; path: string }
  | { type: "clip"; path: string; trimStartSeconds: number; durationSeconds: number };

/**
 * Prepares each distinct visual once, at most `concurrency` at a time and in the order asked
 * for, so the first segment's pictures are ready first and ffmpeg can start while the rest are
 * drawn. Stills become plates: covering the plate (a storyboard frame of another shape is cropped,
 * keeping its most salient part), JPEG because ffmpeg decodes it several times faster than PNG.
 * Cards are contained on black, so no title is ever cropped.
 */
export class VisualPreparer {
  private readonly prepared = new Map<string, Promise<PreparedVisual>>();
  private readonly waiting: (() => void)[] = [];
  private running = 0;

  constructor(
    private readonly workDir: string,
    private readonly frame: { width: number; height: number },
    private readonly signal: AbortSignal,
    private readonly concurrency = 2,
  ) {}

  prepare(visual: CutVisual): Promise<PreparedVisual> {
    const key = `${visual.type}:${visual.path}`;
    let prepared = this.prepared.get(key);
    if (!prepared) {
      // Numbered now: by the time the work starts, other visuals have been asked for.
      const index = this.prepared.size;
      prepared = this.limited(() => this.make(visual, index));
      this.prepared.set(key, prepared);
      // Awaited later by whoever needs it; a failure must not surface as an unhandled rejection.
      prepared.catch(() => undefined);
    }
    return prepared;
  }

  private async make(visual: CutVisual, index: number): Promise<PreparedVisual> {
    try {
      switch (visual.type) {
        case "still": {
          const size = plateSizeFor(this.frame);
          const out = path.join(this.workDir, `plate-${index}.jpg`);
          await sharp(visual.path)
            .rotate()
            .resize({ ...size, fit: "cover", position: sharp.strategy.attention })
            .flatten({ background: "#000000" })
            .jpeg({ quality: 90 })
            .toFile(out);
          return { type: "plate", path: out };
        }
        case "card": {
          const out = path.join(this.workDir, `card-${index}.jpg`);
          await sharp(visual.path)
            .rotate()
            .resize({ ...this.frame, fit: "contain", background: "#000000" })
            .flatten({ background: "#000000" })
            .jpeg({ quality: 92 })
            .toFile(out);
          return { type: "card", path: out };
        }
        case "clip": {
          const info = await inspectVideo(visual.path);
          return {
            type: "clip",
            path: visual.path,
            trimStartSeconds: Math.max(0, visual.trimStartSeconds ?? 0),
            durationSeconds: info.durationSeconds,
          };
        }
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Could not read the ${visual.type} ${visual.path}: ${reason}`);
    }
  }

  private async limited<T>(task: () => Promise<T>): Promise<T> {
    while (this.running >= this.concurrency) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running++;
    try {
      // Nothing more is drawn for a render that is over.
      this.signal.throwIfAborted();
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
