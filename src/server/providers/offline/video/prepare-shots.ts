import { access, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MediaRef, Size } from "../../types";
import { endCardText, episodeCaption, initialsPlate, loglinePlate, lowerThird } from "./cards";
import { renderDefaultTitleCard, type TitleCardRenderer } from "./default-title-card";
import type { ShotFiles } from "./filter-graph";
import { type CardColors, cardColorsFor } from "./palette";
import { cardPlate, centredPlate, portraitPlate, stillPlate } from "./plates";
import { plateSizeFor, type Segment, type VideoPlan } from "./video-plan";

export interface PrepareShotsOptions {
  workDir: string;
  titleCard: TitleCardRenderer;
  signal?: AbortSignal;
}

interface ShotImages {
  plate: Buffer;
  overlay: { png: Buffer; x: number; y: number } | null;
}

/**
 * Writes each segment's plate and overlay into `workDir`. Media that has gone missing since the
 * request was made (a deleted portrait, a moved poster) degrades to a palette card instead of
 * failing the render: a trailer with one card too many beats no trailer.
 */
export async function prepareShots(
  plan: VideoPlan,
  options: PrepareShotsOptions,
): Promise<ShotFiles[]> {
  const context = new ShotContext(plan, options.titleCard);
  const images = await Promise.all(plan.segments.map((segment) => context.imagesFor(segment)));
  options.signal?.throwIfAborted();
  return Promise.all(
    images.map(async (image, index) => {
      const plate = path.join(options.workDir, `shot-${index}.jpg`);
      await writeFile(plate, image.plate);
      if (!image.overlay) {
        return { plate, overlay: null };
      }
      const overlayPath = path.join(options.workDir, `overlay-${index}.png`);
      await writeFile(overlayPath, image.overlay.png);
      return { plate, overlay: { path: overlayPath, x: image.overlay.x, y: image.overlay.y } };
    }),
  );
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
      case "title":
        return { plate: await this.titlePlate(), overlay: null };
      case "logline":
        return { plate: await loglinePlate(blueprint, this.colors, this.plateSize), overlay: null };
      case "character": {
        const portrait = await existing(segment.portrait);
        const plate =
          (portrait &&
            (await portraitPlate(portrait, segment.side, this.plateSize, tint).catch(
              () => null,
            ))) ||
          (await initialsPlate(segment.name, segment.side, this.colors, this.plateSize));
        const align = segment.side === "right" ? "left" : "right";
        // On a tall frame the name spans most of the width rather than wrapping in a corner.
        const tall = frame.height >= frame.width;
        const size = {
          width: Math.round(frame.width * (tall ? 0.84 : 0.46)),
          height: Math.round(frame.height * (tall ? 0.2 : 0.3)),
        };
        const margin = Math.round(Math.min(frame.width, frame.height) * 0.08);
        return {
          plate,
          overlay: {
            png: await lowerThird(segment.name, segment.role, align, this.colors, size),
            x: align === "left" ? margin : frame.width - size.width - margin,
            y: frame.height - size.height - margin,
          },
        };
      }
      case "ensemble": {
        const grid = await existing(segment.grid);
        const plate = grid ? centredPlate(grid, this.plateSize, tint, { heightShare: 0.86 }) : null;
        return { plate: await this.orTitle(plate), overlay: null };
      }
      case "end_card":
        return { plate: await this.orTitle(this.endCardPlate(segment.poster)), overlay: null };
      case "episode": {
        const still = await existing(segment.still);
        const size = { width: frame.width, height: Math.round(frame.height * 0.42) };
        return {
          plate: await this.orTitle(still ? stillPlate(still, this.plateSize, tint) : null),
          overlay: {
            png: await episodeCaption(segment, blueprint.title, this.colors, size, frame),
            x: 0,
            y: frame.height - size.height,
          },
        };
      }
    }
  }

  /** The plate, or the title card when there is none or the image cannot be read. */
  private async orTitle(plate: Promise<Buffer> | null): Promise<Buffer> {
    return (await plate?.catch(() => null)) ?? this.titlePlate();
  }

  /** The injected title card; the built-in one if it fails, since a card beats no trailer. */
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

  /** The poster on the left, title and tagline on the right; the title card when there is no poster. */
  private async endCardPlate(poster: MediaRef | null): Promise<Buffer> {
    const file = await existing(poster);
    if (!file) {
      return this.titlePlate();
    }
    const size = this.plateSize;
    const tint = this.colors.deep[0];
    if (size.height >= size.width) {
      return centredPlate(file, size, tint, { heightShare: 0.8 });
    }
    const text = { width: Math.round(size.width * 0.4), height: Math.round(size.height * 0.8) };
    return centredPlate(file, size, tint, {
      heightShare: 0.84,
      left: Math.round(size.width * 0.12),
      extra: [
        {
          input: await endCardText(this.plan.blueprint, this.colors, text),
          left: Math.round(size.width * 0.5),
          top: Math.round((size.height - text.height) / 2),
        },
      ],
    });
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
