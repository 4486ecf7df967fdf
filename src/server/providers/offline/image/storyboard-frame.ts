import type { Blueprint } from "../../../shows/documents";
import type { ShotSpec } from "../../../shows/episode-script";
import type { FrameCastMember, Size } from "../../types";
import { buildScale } from "./avatar";
import { type AvatarAnatomy, anatomyFor } from "./avatar-anatomy";
import { avatarRaster } from "./avatar-raster";
import { fillFrame, vignette } from "./backdrop";
import { mix } from "./color";
import { daylightFor } from "./daylight";
import { finishFrame } from "./finish-frame";
import { type CastLook, castLookFor } from "./frame-cast-look";
import { shoulderLine, standingFigure } from "./frame-figure";
import { insertDetail } from "./insert-detail";
import { lenses, locationBackdrop } from "./location-backdrop";
import { stageFor } from "./look-grade";
import { mediumLookOf } from "./medium-look";
import { backOfHeadShoulder } from "./over-shoulder";
import { type Box, div, img, renderPng, svgDataUri } from "./render-svg";
import { readSceneSetting } from "./scene-setting";
import { seededRandom, seedFrom } from "./seeded-random";
import { gradeShow } from "./show-palette";
import { softLayer } from "./soft-image";
import { type FramePlacement, layoutStoryboardFrame } from "./storyboard-layout";

export interface StoryboardFrameInput {
  blueprint: Blueprint;
  shot: ShotSpec;
  /** The shot's characters in `shot.characterIds` order (unknown ids left out). */
  cast: FrameCastMember[];
}

export const defaultFrameSize: Size = { width: 1280, height: 720 };

/** Who a frame draws and where, with each one's look: what the renderer draws and tests read. */
export interface FramePlan {
  placements: FramePlacement[];
  looks: Map<string, CastLook>;
}

/**
 * The characters of a storyboard frame and where they stand: pure, so a test can ask which
 * characters a frame shows and where without reading pixels. Only the cast the context carries
 * is placed (an id with no character behind it is left out, as the request promises).
 */
export function planStoryboardFrame(
  input: StoryboardFrameInput,
  size: Size = defaultFrameSize,
): FramePlan {
  const looks = new Map(
    input.cast.map((member) => [member.id, castLookFor(input.blueprint, member)]),
  );
  const placements = layoutStoryboardFrame(
    { framing: input.shot.framing, characterIds: input.cast.map((member) => member.id) },
    size,
    (id) => anatomyOf(looks.get(id)),
  );
  return { placements, looks };
}

function anatomyOf(look: CastLook | undefined): AvatarAnatomy {
  return look ? anatomyFor(look.style, buildScale(look.traits)) : anatomyFor("avataaars");
}

/**
 * A storyboard frame: the scene's location at its hour, seen through the framing's lens, with
 * the shot's characters drawn from their portraits' avatars where the plan puts them. No text:
 * the board labels its frames.
 */
export async function renderStoryboardFrame(
  input: StoryboardFrameInput,
  size: Size = defaultFrameSize,
  signal?: AbortSignal,
): Promise<Buffer> {
  const root = await composeStoryboardFrame(input, size, signal);
  signal?.throwIfAborted();
  const art = await renderPng(root, size, signal);
  signal?.throwIfAborted();
  // Finished in the show's medium (hatching, halftone, wash, grain) as its portraits are, so
  // the board reads as the same production.
  const { blueprint, shot } = input;
  const look = mediumLookOf(blueprint.productionStyle.medium);
  const { grade } = stageFor(look, gradeShow(blueprint.visualAesthetics.palette));
  return finishFrame(art, look, grade, `${blueprint.title}\u0000${shot.scene.location}`);
}

/** The frame as an element tree, before layout and rasterising. */
export async function composeStoryboardFrame(
  input: StoryboardFrameInput,
  size: Size,
  signal?: AbortSignal,
): Promise<Box> {
  const { blueprint, shot } = input;
  const show = gradeShow(blueprint.visualAesthetics.palette);
  const setting = readSceneSetting(shot.scene);
  const light = daylightFor(setting.timeOfDay, show);
  const random = seededRandom(
    seedFrom("frame", blueprint.title, shot.scene.location, String(shot.scene.interior)),
  );
  const lens = lenses[shot.framing];
  const set = locationBackdrop(setting, show, light, lens, size, random);
  const backdrop = lens.blur > 0 ? await softLayer(set, size, signal) : svgDataUri(set);
  const plan = planStoryboardFrame(input, size);
  const figures = await drawPlacements(
    plan,
    light.lampsLit ? light.lamp : light.skyHorizon,
    size,
    signal,
  );

  const first = input.cast[0] ? plan.looks.get(input.cast[0].id) : undefined;
  const detail =
    shot.framing === "insert"
      ? [
          insertDetail(
            shot.action,
            {
              show,
              light,
              skin: first?.avatar.skin ?? "#d9a27c",
              sleeve: first?.clothing ?? mix(show.accent, "#1a1a22", 0.4),
            },
            size,
          ),
        ]
      : [];
  // The hour's grade twice over the set and once over the cast: a night street goes dark while
  // the faces in it stay readable, as a key light would keep them. Interiors after dark are
  // lamp-lit: warmer, and not as dark as the street outside.
  const grade =
    setting.interior && light.lampsLit ? mix(light.grade, light.lamp, 0.3) : light.grade;
  const setGrade = mix(grade, "#ffffff", 0.45);
  const castGrade = mix(grade, "#ffffff", 0.5);
  return div(
    {
      position: "relative",
      width: size.width,
      height: size.height,
      backgroundColor: show.night,
      overflow: "hidden",
    },
    img(backdrop, size, { position: "absolute", left: 0, top: 0 }),
    div({ ...fillFrame, backgroundColor: setGrade, mixBlendMode: "multiply" }),
    ...detail,
    ...figures,
    div({ ...fillFrame, backgroundColor: castGrade, mixBlendMode: "multiply" }),
    vignette(0.45),
  );
}

/** Every placed character, back to front. */
async function drawPlacements(
  plan: FramePlan,
  rim: string,
  size: Size,
  signal: AbortSignal | undefined,
): Promise<Box[]> {
  const ordered = [...plan.placements].sort((a, b) => a.layer - b.layer);
  const drawn = await Promise.all(
    ordered.map(async (placement) => {
      const look = plan.looks.get(placement.characterId);
      if (!look) {
        return [];
      }
      const anatomy = anatomyOf(look);
      // Seen from behind, the avatar is only read for its clothes: the smallest drawing will do.
      const side = placement.view === "back" ? 1 : placement.avatar.width;
      const avatar = await avatarRaster(look.avatar.svg, side, signal);
      const shoulders = await shoulderLine(look, anatomy, avatar);
      if (placement.view === "back") {
        const near = backOfHeadShoulder(placement, look, shoulders.clothes, rim, size);
        return [
          img(await softLayer(near, size, signal), size, { position: "absolute", left: 0, top: 0 }),
        ];
      }
      return standingFigure(placement, look, anatomy, shoulders, avatar, size);
    }),
  );
  return drawn.flat();
}
