import type { Executor } from "../db/client";
import { loadStoryboardInput } from "../pipeline/storyboard/load-storyboard";
import { planStoryboard } from "../pipeline/storyboard/storyboard-plan";
import type { AssetDto } from "./assets";
import { type BoardView, readBoardView } from "./board-view";
import { loadEpisode, loadShow } from "./show-records";

export type { StoryboardLineView, StoryboardShotView } from "./board-view";

export interface StoryboardView extends Omit<BoardView, "cut" | "cutCurrent"> {
  episode: { id: string; number: number; title: string };
  animatic: AssetDto | null;
  /** False when the board changed since the cut: "Make animatic" re-cuts what changed. */
  animaticCurrent: boolean;
  animaticWanted: boolean;
}

/** One episode's storyboard as the console shows it. */
export async function getStoryboard(
  db: Executor,
  showIdOrSlug: string,
  episodeId: string,
): Promise<StoryboardView> {
  const show = await loadShow(db, showIdOrSlug);
  const episode = await loadEpisode(db, show.id, episodeId);
  const input = await loadStoryboardInput(db, show, episode);
  const { cut, cutCurrent, ...board } = await readBoardView(
    db,
    show.id,
    input,
    planStoryboard(input),
  );
  return {
    episode: { id: episode.id, number: episode.number, title: episode.title },
    ...board,
    animatic: cut,
    animaticCurrent: cutCurrent,
    animaticWanted: episode.animaticWanted,
  };
}
