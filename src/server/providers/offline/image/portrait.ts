import type { Blueprint, Dossier } from "../../../shows/documents";
import { textLimits } from "../../../shows/text-limits";
import type { Size } from "../../types";
import {
  type AvatarStyleName,
  clothingFrom,
  drawAvatar,
  moodOf,
  naturalHair,
  stylesByFamily,
} from "./avatar";
import { bottomFade, keyLight, litSet, vignette } from "./backdrop";
import { nameCaption } from "./caption";
import { readTraits } from "./character-traits";
import { darken, lighten } from "./color";
import { drawableText } from "./fit-text";
import { lookFamily } from "./medium";
import { type Box, div, img, renderPng, svgDataUri } from "./render-svg";
import { seededRandom, seedFrom } from "./seeded-random";
import { gradeShow } from "./show-palette";

export interface PortraitInput {
  blueprint: Blueprint;
  dossier: Dossier;
  characterIndex: number;
}

export const defaultPortraitSize: Size = { width: 1024, height: 1024 };

// Styles drawn as a floating head get a neck and shoulders, so they sit in frame like a bust.
const headOnly: ReadonlySet<AvatarStyleName> = new Set(["bigSmile", "adventurer"]);

/** The DiceBear style a show's whole cast is drawn in: by medium, varied by show title. */
export function castStyleFor(blueprint: Blueprint): AvatarStyleName {
  const candidates = stylesByFamily[lookFamily(blueprint.productionStyle.medium)];
  return seededRandom(seedFrom("style", blueprint.title)).pick(candidates);
}

/** A character portrait: the same blueprint, dossier and size always give the same PNG. */
export async function renderPortrait(
  { blueprint, dossier, characterIndex }: PortraitInput,
  size: Size = defaultPortraitSize,
  signal?: AbortSignal,
): Promise<Buffer> {
  const grade = gradeShow(blueprint.visualAesthetics.palette);
  const random = seededRandom(seedFrom(dossier.name, blueprint.title));
  const traits = readTraits(dossier);
  const styleName = castStyleFor(blueprint);
  const light = grade.accents[characterIndex % grade.accents.length]!;
  const clothing = clothingFrom(grade.accents[(characterIndex + 1) % grade.accents.length]!);
  const avatar = drawAvatar(
    styleName,
    `${dossier.name}\u0000${blueprint.title}`,
    traits,
    {
      hair: traits.hairColor ?? random.pick(naturalHair),
      clothing,
      skinTone: traits.skinTone ?? random.next(),
    },
    moodOf(`${blueprint.genre} ${blueprint.tone}`),
  );

  const unit = Math.min(size.width, size.height);
  const bust = headOnly.has(styleName);
  const side = Math.round(Math.min(size.width, size.height * 0.95) * (bust ? 0.7 : 0.94));
  const left = Math.round((size.width - side) / 2);
  const top = bust
    ? Math.round(size.height * 0.43 - side / 2)
    : size.height - side + Math.round(unit * 0.02);
  const figure: Box[] = [
    ...(bust ? shoulders({ left, top, side }, clothing, avatar.skin, size) : []),
    img(svgDataUri(avatar.svg), { width: side, height: side }, { position: "absolute", left, top }),
  ];
  const fontSize = Math.max(12, Math.round(unit * 0.032));

  const root = div(
    { position: "relative", width: size.width, height: size.height, backgroundColor: grade.night },
    ...litSet(grade, light, size, random),
    ...figure,
    keyLight(light, random.next() < 0.5),
    bottomFade(grade.night, 0.3, 0.9),
    vignette(0.55),
    div(
      {
        position: "absolute",
        left: 0,
        right: 0,
        bottom: Math.round(unit * 0.055),
        justifyContent: "center",
      },
      nameCaption({
        text: drawableText(dossier.name, textLimits.name),
        color: grade.paper,
        accent: light,
        fontSize,
      }),
    ),
  );
  return renderPng(root, size, signal);
}

/** A neck and shoulders under a floating head, in the character's clothing colour. */
function shoulders(
  head: { left: number; top: number; side: number },
  clothing: string,
  skin: string,
  frame: Size,
): Box[] {
  const width = Math.round(head.side * 0.86);
  const neckWidth = Math.round(head.side * 0.2);
  const chin = head.top + Math.round(head.side * 0.78);
  const torsoTop = chin + Math.round(head.side * 0.1);
  return [
    div({
      position: "absolute",
      left: Math.round(frame.width / 2 - neckWidth / 2),
      top: chin - Math.round(head.side * 0.1),
      width: neckWidth,
      height: Math.round(head.side * 0.3),
      borderRadius: Math.round(neckWidth * 0.3),
      backgroundImage: `linear-gradient(180deg, ${darken(skin, 0.35)} 0%, ${darken(skin, 0.12)} 60%)`,
    }),
    div({
      position: "absolute",
      left: Math.round(frame.width / 2 - width / 2),
      top: torsoTop,
      width,
      height: frame.height - torsoTop + 10,
      borderTopLeftRadius: Math.round(width * 0.42),
      borderTopRightRadius: Math.round(width * 0.42),
      backgroundImage: `linear-gradient(180deg, ${lighten(clothing, 0.1)} 0%, ${darken(clothing, 0.45)} 90%)`,
    }),
  ];
}
