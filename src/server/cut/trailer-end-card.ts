import sharp from "sharp";
import { rgba } from "../providers/offline/image/color";
import { type Box, div, img } from "../providers/offline/image/render-svg";
import { gradeShow, type ShowGrade } from "../providers/offline/image/show-palette";
import { backdrop } from "../providers/offline/video/backgrounds";
import type { Size } from "../providers/types";
import type { Blueprint } from "../shows/documents";
import { textLimits } from "../shows/text-limits";
import { typeable } from "./trailer-card-fonts";
import { renderCard, stage } from "./trailer-card-stage";
import { endCardType } from "./trailer-end-card-type";

/**
 * The trailer's closing card: the poster and the type beside or under it. This module places
 * the poster for the frame's shape and reads it; the type itself (title, tagline, the cast
 * billed) is fitted in trailer-end-card-type.ts to whatever room the poster leaves.
 */

/** A name longer than this is cut with an ellipsis; billing never gives one actor a paragraph. */
const maxNameChars = 48;
/** The cast a billing block names (the cast schema's own maximum). */
const maxBilled = 10;

export interface EndCardInput {
  blueprint: Blueprint;
  /** A 2:3 poster; null sets the card in type alone. */
  posterPath: string | null;
  castNames: string[];
}

/**
 * The closing card: the poster, the title, the tagline and a billing block naming the whole cast,
 * "coming soon" beneath. Wide frames put the poster beside the type, tall ones above it.
 */
export async function drawEndCard(input: EndCardInput, size: Size): Promise<Buffer> {
  const grade = gradeShow(input.blueprint.visualAesthetics.palette);
  const words = {
    title: typeable(input.blueprint.title, textLimits.title),
    tagline: typeable(input.blueprint.tagline, textLimits.tagline),
  };
  const names = input.castNames
    .map((name) => typeable(name, maxNameChars))
    .filter(Boolean)
    .slice(0, maxBilled);
  const texts = [words.title, words.tagline, ...names];
  const poster = input.posterPath ? await readPoster(input.posterPath) : null;
  const wide = size.width >= size.height;
  const unit = Math.min(size.width, size.height) / 720;
  if (!poster) {
    // A tall frame with no poster has room to spare: the type grows into it.
    const column = endCardType(words, names, grade, unit * (wide ? 1 : 1.2), {
      width: size.width * (wide ? 0.76 : 0.84),
      height: size.height * 0.86,
      align: "center",
      titleMax: wide ? 104 : 96,
    });
    return renderCard(stage(grade, size, null, column.box), size, texts);
  }
  if (wide) {
    const posterHeight = Math.round(size.height * 0.8);
    const posterWidth = Math.round((posterHeight * 2) / 3);
    const gap = Math.round(size.width * 0.055);
    const left = Math.round(size.width * 0.085);
    const column = endCardType(words, names, grade, unit, {
      width: size.width - left - posterWidth - gap - size.width * 0.07,
      height: size.height * 0.86,
      align: "left",
      titleMax: 96,
    });
    const art = await posterArt(poster, { width: posterWidth, height: posterHeight }, grade, unit);
    const content = div(
      { width: "100%", height: "100%", alignItems: "center", paddingLeft: left },
      art,
      div({ marginLeft: gap, flexDirection: "column" }, column.box),
    );
    return renderCard(stage(grade, size, await blurred(poster, size, grade), content), size, texts);
  }
  // Tall: the type takes what it needs under the poster, and the poster grows into the rest.
  const margin = Math.round(size.height * 0.05);
  const gap = Math.round(size.height * 0.035);
  const minPoster = Math.round(size.height * 0.3);
  const maxPoster = Math.round(size.height * 0.5);
  // The poster already carries the title large, so under it the title is set smaller.
  const column = endCardType(words, names, grade, unit, {
    width: size.width * 0.86,
    height: size.height - margin * 2 - gap - minPoster,
    align: "center",
    titleMax: 76,
  });
  const posterHeight = Math.round(
    Math.max(minPoster, Math.min(maxPoster, size.height - margin * 2 - gap - column.height)),
  );
  const posterWidth = Math.min(Math.round((posterHeight * 2) / 3), Math.round(size.width * 0.8));
  const art = await posterArt(poster, { width: posterWidth, height: posterHeight }, grade, unit);
  const content = div(
    {
      width: "100%",
      height: "100%",
      flexDirection: "column",
      alignItems: "center",
      justifyContent: "center",
    },
    art,
    div({ marginTop: gap }, column.box),
  );
  return renderCard(stage(grade, size, await blurred(poster, size, grade), content), size, texts);
}

/** The poster, or null when it cannot be read: a closing card without one beats no trailer. */
async function readPoster(posterPath: string): Promise<Buffer | null> {
  try {
    return await sharp(posterPath).rotate().png().toBuffer();
  } catch {
    return null;
  }
}

/** The poster at `box`, cropped to it if its shape differs, lifted off the ground by a shadow. */
async function posterArt(poster: Buffer, box: Size, grade: ShowGrade, unit: number): Promise<Box> {
  const fitted = await sharp(poster)
    .resize(box.width, box.height, { fit: "cover" })
    .jpeg({ quality: 92 })
    .toBuffer();
  return div(
    {
      width: box.width,
      height: box.height,
      boxShadow: `0 ${Math.round(18 * unit)}px ${Math.round(48 * unit)}px ${rgba("#000000", 0.7)}`,
      border: `1px solid ${rgba(grade.paper, 0.16)}`,
    },
    img(`data:image/jpeg;base64,${fitted.toString("base64")}`, box),
  );
}

/** The poster as the card's ground: its colours blurred, dimmed towards the night. */
async function blurred(poster: Buffer, size: Size, grade: ShowGrade): Promise<string> {
  const ground = await (await backdrop(poster, size, grade.night)).jpeg({ quality: 88 }).toBuffer();
  return `data:image/jpeg;base64,${ground.toString("base64")}`;
}
