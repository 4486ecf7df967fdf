import { access } from "node:fs/promises";
import path from "node:path";
import type { MediaRef, Size } from "../../types";
import { episodeCaption, initialsPlate, lowerThird } from "./cards";
import { renderDefaultTitleCard, type TitleCardRenderer } from "./default-title-card";
import type { ShotFiles } from "./filter-graph";
import { type CardColors, cardColorsFor } from "./palette";
import { cardPlate, portraitPlate, stillPlate } from "./plates";
import { plateSizeFor, type Segment, type VideoPlan } from "./video-plan";

/** A shot's stills as bytes: the plate, and the overlay placed at x, y on the frame. */
export interface ShotImages {
  plate: Buffer;
  overlay: { png: Buffer; x: number; y: number } | null;
}

/** Where a shot's overlay sits on the frame; null for shots without one. Pure, so a resumed
 * render can build its ffmpeg runs (and name its segments) before drawing anything. */
export function overlayBox(
  plan: VideoPlan,
  segment: Segment,
): { x: number; y: number; width: number; height: number } | null {
  const { frame } = plan;
  switch (segment.kind) {
    case "character": {
      const align = segment.side === "right" ? "left" : "right";
      // On a tall frame the name spans most of the width rather than wrapping in a corner; on a
      // wide one it keeps to its side, clear of the face as the camera pushes in on it.
      const tall = frame.height >= frame.width;
      const width = Math.round(frame.width * (tall ? 0.84 : 0.4));
      const height = Math.round(frame.height * (tall ? 0.2 : 0.3));
      const margin = Math.round(Math.min(frame.width, frame.height) * 0.08);
      return {
        x: align === "left" ? margin : frame.width - width - margin,
        y: frame.height - height - margin,
        width,
        height,
      };
    }
    case "episode": {
      const height = Math.round(frame.height * 0.42);
      return { x: 0, y: frame.height - height, width: frame.width, height };
    }
    default:
      return null;
  }
}

/** Where each shot's files go in `workDir` (they need not exist yet). */
export function plannedShotFiles(plan: VideoPlan, workDir: string): ShotFiles[] {
  return plan.segments.map((segment, index) => {
    const plate = path.join(workDir, `shot-${index}.jpg`);
    const box = overlayBox(plan, segment);
    return {
      plate,
      overlay: box && { path: path.join(workDir, `overlay-${index}.png`), x: box.x, y: box.y },
    };
  });
}

/**
 * Draws shots one at a time, on demand (satori/resvg for the type, sharp for the plates). Media
 * that has gone missing since the request was made (a deleted portrait or still) degrades to a
 * palette card instead of failing the render: a clip on a card beats no clip.
 */
export function createShotDrawer(plan: VideoPlan, titleCard: TitleCardRenderer) {
  const context = new ShotContext(plan, titleCard);
  return (index: number): Promise<ShotImages> => context.imagesFor(plan.segments[index]!);
}

class ShotContext {
  private readonly colors: CardColors;
  private readonly plateSize: Size;
  private titleCardPlate: Promise<Buffer> | undefined;

  constructor(
    private readonly plan: VideoPlan,
    private readonly titleCard: TitleCardRenderer,
  ) {
    this.colors = cardColorsFor(plan.blueprint.visualAesthetics.palette);
    this.plateSize = plateSizeFor(plan.frame);
  }

  async imagesFor(segment: Segment): Promise<ShotImages> {
    const { blueprint, frame } = this.plan;
    const tint = this.colors.deep[0];
    switch (segment.kind) {
      case "character": {
        const portrait = await existing(segment.portrait);
        const plate =
          (portrait &&
            (await portraitPlate(portrait, segment.side, this.plateSize, tint).catch(
              () => null,
            ))) ||
          (await initialsPlate(segment.name, segment.side, this.colors, this.plateSize));
        const box = overlayBox(this.plan, segment)!;
        const align = segment.side === "right" ? "left" : "right";
        const size = { width: box.width, height: box.height };
        return {
          plate,
          overlay: {
            png: await lowerThird(segment.name, segment.role, align, this.colors, size),
            x: box.x,
            y: box.y,
          },
        };
      }
      case "episode": {
        const still = await existing(segment.still);
        const box = overlayBox(this.plan, segment)!;
        const size = { width: box.width, height: box.height };
        return {
          plate: await this.orTitle(still ? stillPlate(still, this.plateSize, tint) : null),
          overlay: {
            png: await episodeCaption(segment, blueprint.title, this.colors, size, frame),
            x: box.x,
            y: box.y,
          },
        };
      }
    }
  }

  /** The plate, or the title card when there is none or the image cannot be read. */
  private async orTitle(plate: Promise<Buffer> | null): Promise<Buffer> {
    return (await plate?.catch(() => null)) ?? this.titlePlate();
  }

  /** The injected title card; the built-in one if it fails, since a card beats no clip. */
  private titlePlate(): Promise<Buffer> {
    const { blueprint } = this.plan;
    const options = {
      title: blueprint.title,
      tagline: blueprint.tagline,
      palette: blueprint.visualAesthetics.palette,
      medium: blueprint.productionStyle.medium,
    };
    this.titleCardPlate ??= this.titleCard(options, this.plateSize)
      .catch(() => renderDefaultTitleCard(options, this.plateSize))
      .then((card) => cardPlate(card, this.plateSize));
    return this.titleCardPlate;
  }
}

async function existing(ref: MediaRef | null): Promise<string | null> {
  if (!ref) {
    return null;
  }
  try {
    await access(ref.path);
    return ref.path;
  } catch {
    return null;
  }
}
