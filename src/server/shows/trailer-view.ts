import type { Executor } from "../db/client";
import { AppError } from "../errors";
import { loadTrailerInput } from "../pipeline/storyboard/load-storyboard";
import { estimateRecut, type RecutEstimate } from "../pipeline/storyboard/recut-estimate";
import { planStoryboard } from "../pipeline/storyboard/storyboard-plan";
import { isTrailerScriptInFlight } from "../pipeline/storyboard/trailer-script-in-flight";
import { defaultPrices, type PriceTable } from "../providers/pricing/price-table";
import { type BoardView, readBoardView, type StoryboardShotView } from "./board-view";
import { blueprintOf, loadShow } from "./show-records";
import {
  type TrailerAspect,
  type TrailerShotSpec,
  trailerAspects,
  trailerBeats,
  trailerLengths,
  trailerTransitions,
} from "./trailer-script";

/** A re-cut that makes nothing before cutting. */
const nothingToMake: RecutEstimate = {
  script: false,
  frames: 0,
  clips: 0,
  takes: 0,
  score: false,
  usd: 0,
  complete: true,
};

/** The words the editor offers, sent with the board so the browser bundle needs no schema. */
const choices = {
  beats: trailerBeats,
  transitions: trailerTransitions,
  lengths: trailerLengths,
  aspects: trailerAspects,
};

export interface TrailerShotView extends Omit<StoryboardShotView, "spec"> {
  /** The shot with its beat, a title card's words ("" for a picture) and how it comes in. */
  spec: TrailerShotSpec;
  /** A typographic title card: the cut draws it, so it has no frame or clip. */
  isCard: boolean;
  /** On a video model each picture shot moves as its own clip; false offline (the frame moves). */
  clipWanted: boolean;
  /** The clip was made from the current frame at the current length and shape. */
  clipCurrent: boolean;
}

export interface TrailerBoardView extends Omit<BoardView, "shots"> {
  settings: { seconds: 30 | 60; aspect: TrailerAspect };
  shots: TrailerShotView[];
  /** Someone asked for a (re-)cut that has not landed yet. */
  trailerWanted: boolean;
  /**
   * A new trailer script is being written: it replaces these shots when it lands, "Cut trailer"
   * waits for it, and the length cannot change until then.
   */
  writingScript: boolean;
  /**
   * What "Cut trailer" would make now before cutting, and its estimated price: nothing while the
   * cut is current or a new script is being written (its board is priced once it lands).
   */
  recut: RecutEstimate;
  choices: typeof choices;
}

/**
 * The trailer's board as the console's trailer editor shows it: its shots (picture shots with
 * their frames, clips and takes; title cards with their words), the score, the cut with its
 * captions and timeline, and what a re-cut would cost now. 409 before the blueprint exists.
 */
export async function getTrailerBoard(
  db: Executor,
  showIdOrSlug: string,
  prices: PriceTable = defaultPrices,
): Promise<TrailerBoardView> {
  const show = await loadShow(db, showIdOrSlug);
  if (!blueprintOf(show)) {
    throw new AppError("conflict", "The trailer is cut from the blueprint; make that first");
  }
  const input = await loadTrailerInput(db, show);
  const plan = planStoryboard(input);
  const board = await readBoardView(db, show.id, input, plan);
  const writingScript = await isTrailerScriptInFlight(db, show.id);
  return {
    ...board,
    settings: input.settings.trailer,
    shots: board.shots.map((shot, index) => {
      const planned = plan.shots[index]!;
      const extras = planned.trailer ?? { beat: "world", card: "", transitionIn: "cut" };
      return {
        ...shot,
        spec: { ...shot.spec, ...extras },
        isCard: planned.isCard,
        clipWanted: planned.clipWanted,
        clipCurrent: planned.clipCurrent,
      };
    }),
    trailerWanted: show.trailerWanted,
    writingScript,
    recut:
      board.cutCurrent || writingScript
        ? nothingToMake
        : estimateRecut(plan, "trailer", input.settings, prices),
    choices,
  };
}
