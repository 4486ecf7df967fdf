import { createHash } from "node:crypto";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import type { MediaStore } from "../../../storage/media-store";
import type { MediaRef } from "../../types";
import type { TitleCardRenderer } from "./default-title-card";
import type { ShotFiles } from "./filter-graph";
import { createShotDrawer, plannedShotFiles } from "./prepare-shots";
import type { Segment, VideoPlan } from "./video-plan";

export interface ShotCacheOptions {
  media: MediaStore;
  /** The shared job's folder for stills, e.g. `render-jobs/<jobId>/shots`. */
  prefix: string;
  workDir: string;
  titleCard: TitleCardRenderer;
  signal?: AbortSignal;
  /** Called once per shot drawn here (not fetched from the store), once it is stored. */
  onDrawn?: (index: number) => void;
}

export interface ShotCache {
  /** Each shot's files in `workDir`; a file exists once `ensure` has resolved for its shot. */
  files: ShotFiles[];
  /**
   * What names each input file of a segment's ffmpeg run, without drawing it: the hash of
   * what the still is made from, plus which of the shot's files it is.
   */
  inputId(file: string): string;
  /** The shots a run reads. */
  shotsOf(inputs: string[]): number[];
  /** Puts the shot's files in `workDir`: fetched from the store, or drawn and stored for the next worker. */
  ensure(index: number): Promise<void>;
  /** `ensure` for each shot; settles only once all have, so nothing is still being stored after it. */
  ensureAll(indexes: number[]): Promise<void>;
}

/**
 * Prepared stills (plates and overlays) kept in the shared store under a hash of what they are
 * drawn from — the shot's content, the blueprint, the frame, the title card renderer and the bytes
 * of the images it reads — so a resumed render, on any worker, draws nothing it already drew:
 * drawing them (satori and resvg in the render sandbox, sharp) took most of a resume's time before
 * its first new segment. Shots are drawn one at a time, when the first segment needing them is
 * about to render, and stored at once, so a worker killed mid-way keeps what it drew.
 */
export async function createShotCache(
  plan: VideoPlan,
  options: ShotCacheOptions,
): Promise<ShotCache> {
  const files = plannedShotFiles(plan, options.workDir);
  const recipes = await Promise.all(
    plan.segments.map((segment) => shotRecipe(plan, segment, options.titleCard)),
  );
  const ids = new Map<string, { index: number; id: string }>();
  files.forEach((shot, index) => {
    ids.set(shot.plate, { index, id: `${recipes[index]}.jpg` });
    if (shot.overlay) {
      ids.set(shot.overlay.path, { index, id: `${recipes[index]}-overlay.png` });
    }
  });
  const draw = createShotDrawer(plan, options.titleCard);
  const ready = new Map<number, Promise<void>>();
  const key = (file: string) => `${options.prefix}/${ids.get(file)!.id}`;

  async function fetchStored(index: number): Promise<boolean> {
    const shot = files[index]!;
    const wanted = [shot.plate, ...(shot.overlay ? [shot.overlay.path] : [])];
    const stored = await Promise.all(wanted.map((file) => options.media.stat(key(file))));
    if (stored.some((entry) => entry === null)) {
      return false;
    }
    await Promise.all(
      wanted.map(async (file) => copyFile(await options.media.localFile(key(file)), file)),
    );
    return true;
  }

  async function drawAndStore(index: number): Promise<void> {
    const shot = files[index]!;
    const images = await draw(index);
    options.signal?.throwIfAborted();
    await writeFile(shot.plate, images.plate);
    if (shot.overlay && images.overlay) {
      await writeFile(shot.overlay.path, images.overlay.png);
      await options.media.put(key(shot.overlay.path), images.overlay.png, "image/png");
    }
    // The plate last: a stored plate means the shot's files are all there.
    await options.media.put(key(shot.plate), images.plate, "image/jpeg");
    options.onDrawn?.(index);
  }

  return {
    files,
    inputId(file) {
      const entry = ids.get(file);
      if (!entry) {
        throw new Error(`Not a shot file: ${file}`);
      }
      return entry.id;
    },
    shotsOf(inputs) {
      return [...new Set(inputs.map((file) => ids.get(file)?.index ?? -1))].filter((i) => i >= 0);
    },
    ensure,
    async ensureAll(indexes) {
      const outcomes = await Promise.allSettled(indexes.map(ensure));
      const failed = outcomes.find((outcome) => outcome.status === "rejected");
      if (failed) {
        throw failed.reason;
      }
    },
  };

  function ensure(index: number): Promise<void> {
    let promise = ready.get(index);
    if (!promise) {
      promise = fetchStored(index).then((found) => (found ? undefined : drawAndStore(index)));
      // A failed attempt is not remembered: the next caller tries again.
      promise.catch(() => ready.delete(index));
      ready.set(index, promise);
    }
    return promise;
  }
}

/** A hash of everything a shot's stills are drawn from; its move and timing are not among them. */
async function shotRecipe(
  plan: VideoPlan,
  segment: Segment,
  titleCard: TitleCardRenderer,
): Promise<string> {
  const { startSeconds, durationSeconds, move, ...content } = segment;
  const refs: Record<string, string> = {};
  for (const [name, value] of Object.entries(content)) {
    if (isMediaRef(value)) {
      refs[name] = await fileHash(value.path);
    }
  }
  const recipe = {
    titleCard: titleCard.name,
    frame: plan.frame,
    blueprint: plan.blueprint,
    content: { ...content, ...refs },
  };
  return createHash("sha256").update(JSON.stringify(recipe)).digest("hex").slice(0, 24);
}

function isMediaRef(value: unknown): value is MediaRef {
  return typeof value === "object" && value !== null && "path" in value;
}

/** The bytes' hash; "missing" for a file that is gone, which is drawn as a fallback card. */
async function fileHash(file: string): Promise<string> {
  try {
    return createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
  } catch {
    return "missing";
  }
}
