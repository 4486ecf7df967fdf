import type { Blueprint } from "../../../shows/documents";
import { textLimits } from "../../../shows/text-limits";
import type { MediaRef, Size } from "../../types";
import { fillFrame, litSet, vignette } from "./backdrop";
import { darken, luminance, mix, rgba } from "./color";
import { mirrored, type Rect, within } from "./face-box";
import { finishAround, type PlacedPortrait, setType } from "./finish-frame";
import { drawableText } from "./fit-text";
import { fontFamily } from "./fonts";
import { dissolveMask, headCrop, inHeadCrop } from "./head-crop";
import { stageFor } from "./look-grade";
import { mediumLookOf } from "./medium-look";
import { portraitHeadBox } from "./portrait";
import { type Box, div, img, pngDataUri, renderPng } from "./render-svg";
import { seededRandom, seedFrom } from "./seeded-random";
import { gradeShow, type ShowGrade } from "./show-palette";

export interface EpisodeStillInput {
  blueprint: Blueprint;
  episode: { number: number; title: string; logline: string };
  cast: { name: string; portrait: MediaRef | null }[];
}

export const defaultStillSize: Size = { width: 1280, height: 720 };

/** Scope (2.39:1) inside the 16:9 frame: the bars are what make a frame read as cinema. */
const scope = 2.39;

interface Blocking {
  /** Centre, as a fraction of frame width. */
  x: number;
  /** Height of the figure, as a fraction of frame height. */
  side: number;
  brightness: number;
  mirrored: boolean;
}

// Where the actors stand for one, two or three in shot: on the thirds, facing each other.
const blocking: Blocking[][] = [
  [{ x: 0.36, side: 0.78, brightness: 1, mirrored: false }],
  [
    { x: 0.3, side: 0.74, brightness: 1, mirrored: false },
    { x: 0.71, side: 0.7, brightness: 0.85, mirrored: true },
  ],
  [
    { x: 0.5, side: 0.74, brightness: 1, mirrored: false },
    { x: 0.2, side: 0.6, brightness: 0.7, mirrored: false },
    { x: 0.8, side: 0.6, brightness: 0.7, mirrored: true },
  ],
];

/** An episode still: a letterboxed, palette-graded frame with that episode's cast in shot. */
export async function renderEpisodeStill(
  { blueprint, episode, cast }: EpisodeStillInput,
  size: Size = defaultStillSize,
  signal?: AbortSignal,
): Promise<Buffer> {
  const look = mediumLookOf(blueprint.productionStyle.medium);
  const { grade, vignette: corners } = stageFor(
    look,
    gradeShow(blueprint.visualAesthetics.palette),
  );
  const random = seededRandom(
    seedFrom("still", blueprint.title, String(episode.number), episode.title),
  );
  const light = grade.accents[episode.number % grade.accents.length]!;
  const inShot = cast.slice(0, 3);
  const marks = inShot.length > 0 ? blocking[inShot.length - 1]! : [];
  const bar = letterboxBar(size);
  const floor = size.height - bar;

  const figures = await Promise.all(
    inShot.map((member, index) => figure(member.portrait, marks[index]!, floor, grade, size)),
  );
  signal?.throwIfAborted();

  const art = div(
    { position: "relative", width: size.width, height: size.height, backgroundColor: "#000000" },
    ...litSet(grade, light, size, random),
    div({
      position: "absolute",
      left: 0,
      right: 0,
      top: Math.round(size.height * 0.68),
      bottom: 0,
      // The floor: the light's colour sunk into the ground (dark on a set, a wash on paper).
      backgroundImage: `linear-gradient(180deg, ${rgba(grade.night, 0)} 0%, ${rgba(luminance(grade.night) > 0.5 ? mix(grade.night, light, 0.25) : darken(light, 0.8), 0.9)} 40%, ${grade.night} 100%)`,
    }),
    // Painted back to front, so the lead (first) stands in front.
    ...figures.reverse(),
    div({
      ...fillFrame,
      backgroundImage: `linear-gradient(110deg, ${rgba(light, 0.55)} 0%, ${rgba(light, 0)} 50%, ${rgba(grade.accents[1] ?? grade.accent, 0.45)} 100%)`,
      mixBlendMode: "soft-light",
    }),
    vignette(0.65 * corners),
  );
  // The bars and caption go on after the finish: black bars stay black, type stays sharp.
  const type = div(
    { position: "relative", width: size.width, height: size.height },
    div({
      position: "absolute",
      left: 0,
      right: 0,
      top: 0,
      height: bar,
      backgroundColor: "#000000",
    }),
    div({
      position: "absolute",
      left: 0,
      right: 0,
      bottom: 0,
      height: bar,
      backgroundColor: "#000000",
    }),
    caption(episode, { ...grade, paper: "#f3efe6" }, size, bar),
  );
  const placed = inShot.flatMap((member, index) =>
    member.portrait ? [{ rect: markRect(marks[index]!, floor, size), mask: dissolveShape }] : [],
  );
  const finished = await finishAround(
    await renderPng(art, size, signal),
    look,
    grade,
    `${blueprint.title}\u0000${episode.number}`,
    placed,
  );
  signal?.throwIfAborted();
  return setType(finished, await renderPng(type, size, signal));
}

/** `dissolveMask` as the finish reads it, to leave the figures' own finish alone. */
const dissolveShape: PlacedPortrait["mask"] = {
  cx: 0.5,
  cy: 0.72,
  rx: 0.48,
  ry: 0.7,
  stops: [
    [0.55, 1],
    [0.78, 0.55],
    [1, 0],
  ],
};

/** The height of each letterbox bar that crops a frame of `size` to scope. */
export function letterboxBar(size: Size): number {
  return Math.max(0, Math.round((size.height - size.width / scope) / 2));
}

/**
 * Where the heads of a still's cast stand, in pixels, for portraits of the given sizes (the
 * lead first): each mark's head crop, placed as `figure` places it, with the head inside.
 */
export function stillHeads(portraits: Size[], size: Size): Rect[] {
  const inShot = portraits.slice(0, 3);
  const marks = inShot.length > 0 ? blocking[inShot.length - 1]! : [];
  const floor = size.height - letterboxBar(size);
  return inShot.map((portrait, index) => {
    const mark = marks[index]!;
    const crop = markRect(mark, floor, size);
    const head = within(inHeadCrop(portraitHeadBox(portrait), portrait), crop);
    return mark.mirrored ? mirrored(head, crop) : head;
  });
}

function markRect(mark: Blocking, floor: number, frame: Size): Rect {
  const side = Math.round(mark.side * frame.height);
  return {
    left: Math.round(mark.x * frame.width - side / 2),
    // Shoulders run on behind the letterbox bar, as a mid shot is cut by the frame; chins do
    // not (a child's, lowest in the portrait, still clears the bar).
    top: floor - Math.round(side * 0.97),
    width: side,
    height: side,
  };
}

async function figure(
  portrait: MediaRef | null,
  mark: Blocking,
  floor: number,
  grade: ShowGrade,
  frame: Size,
): Promise<Box> {
  const rect = markRect(mark, floor, frame);
  const side = rect.width;
  const placement = { position: "absolute", left: rect.left, top: rect.top } as const;
  if (!portrait) {
    return silhouette(side, placement, grade);
  }
  const ground = luminance(grade.night) > 0.5 ? "light" : "dark";
  const data = await headCrop(portrait.path, side, mark.brightness, ground);
  return img(
    pngDataUri(data),
    { width: side, height: side },
    {
      ...placement,
      ...(mark.mirrored ? { transform: "scaleX(-1)" } : {}),
      maskImage: dissolveMask,
    },
  );
}

/** A back-lit figure, out of focus upstage, for a cast member who has no portrait yet. */
function silhouette(
  side: number,
  placement: Record<string, string | number>,
  grade: ShowGrade,
): Box {
  const head = Math.round(side * 0.3);
  const fill = `linear-gradient(180deg, ${mix(grade.night, grade.accent, 0.22)} 0%, ${grade.night} 80%)`;
  const rim = `0 0 ${Math.round(side * 0.03)}px ${rgba(grade.accent, 0.55)}`;
  return div(
    {
      ...placement,
      width: side,
      height: side,
      flexDirection: "column",
      alignItems: "center",
      justifyContent: "flex-end",
      opacity: 0.9,
    },
    div({
      width: head,
      height: Math.round(head * 1.18),
      borderRadius: "50%",
      backgroundImage: fill,
      boxShadow: rim,
    }),
    div({
      marginTop: -Math.round(head * 0.08),
      width: Math.round(side * 0.66),
      height: Math.round(side * 0.42),
      borderTopLeftRadius: Math.round(side * 0.28),
      borderTopRightRadius: Math.round(side * 0.28),
      backgroundImage: fill,
      boxShadow: rim,
    }),
  );
}

/** "E03  THE TIDE LEDGER", small in the lower bar, as a festival still is captioned. */
function caption(
  episode: EpisodeStillInput["episode"],
  grade: ShowGrade,
  frame: Size,
  bar: number,
): Box {
  const fontSize = Math.max(11, Math.round(frame.height * 0.022));
  return div(
    {
      position: "absolute",
      left: Math.round(frame.width * 0.035),
      right: Math.round(frame.width * 0.035),
      bottom: Math.max(0, Math.round((bar - fontSize * 1.3) / 2)),
      alignItems: "center",
      gap: Math.round(fontSize * 0.9),
      fontFamily,
      fontSize,
      letterSpacing: fontSize * 0.2,
      textTransform: "uppercase",
    },
    div({ fontWeight: 700, color: grade.accent }, `E${String(episode.number).padStart(2, "0")}`),
    div({ width: Math.round(fontSize * 1.4), height: 1, backgroundColor: rgba(grade.paper, 0.5) }),
    div(
      { fontWeight: 600, color: grade.paper, lineClamp: 1 },
      drawableText(episode.title, textLimits.title),
    ),
  );
}
