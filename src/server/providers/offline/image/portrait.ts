import type { Blueprint, Dossier } from "../../../shows/documents";
import { textLimits } from "../../../shows/text-limits";
import type { Size } from "../../types";
import { type AvatarStyleName, buildScale, stylesByFamily } from "./avatar";
import { bottomFade, keyLight, litSet, vignette } from "./backdrop";
import { nameCaption } from "./caption";
import { characterAvatar } from "./character-avatar";
import { darken, lighten } from "./color";
import { avatarHeadBox, type Rect, within } from "./face-box";
import { finishFrame, setType } from "./finish-frame";
import { drawableText } from "./fit-text";
import { stageFor } from "./look-grade";
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

/** Where a portrait puts its figure and the figure's head, in pixels. */
export interface PortraitLayout {
  figure: Rect;
  head: Rect;
  /** The top of the name caption: the head stays above it. */
  captionTop: number;
  fontSize: number;
}

/** The bust fills the frame from the bottom edge, its head in the upper middle. */
export function portraitLayout(
  size: Size,
  scale: { width: number; height: number } = { width: 1, height: 1 },
  styleName: AvatarStyleName = "avataaars",
): PortraitLayout {
  const unit = Math.min(size.width, size.height);
  const bust = headOnly.has(styleName);
  const side = Math.round(Math.min(size.width, size.height * 0.95) * (bust ? 0.7 : 0.94));
  const left = Math.round((size.width - side) / 2);
  const top = bust
    ? Math.round(size.height * 0.43 - side / 2)
    : size.height - side + Math.round(unit * 0.02);
  const figure = { left, top, width: side, height: side };
  const fontSize = Math.max(12, Math.round(unit * 0.032));
  const captionBottom = Math.round(unit * 0.055);
  return {
    figure,
    head: within(avatarHeadBox(scale), figure),
    captionTop: size.height - captionBottom - Math.round(fontSize * 2.2),
    fontSize,
  };
}

/**
 * Where any offline portrait of `size` may have its head, whatever the character's build and
 * age: the union of every layout's head. Composites place portraits by it, so no build of
 * character can have their face cut by a frame edge.
 */
export function portraitHeadBox(size: Size): Rect {
  const heads = [0.84, 0.94, 1].flatMap((height) =>
    [0.91, 1, 1.1].map((width) => portraitLayout(size, { width: width * height, height }).head),
  );
  const left = Math.min(...heads.map((head) => head.left));
  const top = Math.min(...heads.map((head) => head.top));
  const right = Math.max(...heads.map((head) => head.left + head.width));
  const bottom = Math.max(...heads.map((head) => head.top + head.height));
  return { left, top, width: right - left, height: bottom - top };
}

/** A character portrait: the same blueprint, dossier and size always give the same PNG. */
export async function renderPortrait(
  { blueprint, dossier, characterIndex }: PortraitInput,
  size: Size = defaultPortraitSize,
  signal?: AbortSignal,
): Promise<Buffer> {
  const character = characterAvatar(blueprint, dossier, characterIndex);
  const { grade, vignette: corners } = stageFor(
    character.look,
    gradeShow(blueprint.visualAesthetics.palette),
  );
  const random = seededRandom(seedFrom(dossier.name, blueprint.title, "set"));
  const light = grade.accents[characterIndex % grade.accents.length]!;
  const layout = portraitLayout(size, buildScale(character.traits), character.style);
  const { figure: box } = layout;
  const bust = headOnly.has(character.style);
  const figure: Box[] = [
    ...(bust
      ? shoulders(
          { left: box.left, top: box.top, side: box.width },
          character.colors.clothing,
          character.skin,
          size,
        )
      : []),
    img(
      svgDataUri(character.svg),
      { width: box.width, height: box.height },
      { position: "absolute", left: box.left, top: box.top },
    ),
  ];
  const unit = Math.min(size.width, size.height);

  const scene = div(
    { position: "relative", width: size.width, height: size.height, backgroundColor: grade.night },
    ...litSet(grade, light, size, random),
    ...figure,
    keyLight(light, random.next() < 0.5),
    // Low and light, so the clothes (a dossier's "bright red raincoat") keep their colour.
    bottomFade(grade.night, 0.2, 0.75),
    vignette(0.55 * corners),
  );
  const caption = div(
    { position: "relative", width: size.width, height: size.height },
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
        fontSize: layout.fontSize,
      }),
    ),
  );
  const art = await renderPng(scene, size, signal);
  signal?.throwIfAborted();
  const finished = await finishFrame(
    art,
    character.look,
    grade,
    `${dossier.name}\u0000${blueprint.title}`,
  );
  return setType(finished, await renderPng(caption, size, signal));
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
