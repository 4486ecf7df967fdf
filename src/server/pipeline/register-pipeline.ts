import type { KindRegistry } from "../tasks/kind-registry";
import { abandonPaidJob } from "./abandon-paid-job";
import { blueprintKind } from "./kinds/blueprint-kind";
import { characterVideoKind } from "./kinds/character-video-kind";
import { charactersKind } from "./kinds/characters-kind";
import { dossierKind } from "./kinds/dossier-kind";
import { episodeAnimaticKind } from "./kinds/episode-animatic-kind";
import { episodeClipKind } from "./kinds/episode-clip-kind";
import { episodeScriptKind } from "./kinds/episode-script-kind";
import { episodeStillKind } from "./kinds/episode-still-kind";
import { episodesKind } from "./kinds/episodes-kind";
import { portraitGridKind } from "./kinds/portrait-grid-kind";
import { portraitKind } from "./kinds/portrait-kind";
import { posterKind } from "./kinds/poster-kind";
import { scoreKind } from "./kinds/score-kind";
import { shotClipKind } from "./kinds/shot-clip-kind";
import { storyboardFrameKind } from "./kinds/storyboard-frame-kind";
import { trailerKind } from "./kinds/trailer-kind";
import { trailerScriptKind } from "./kinds/trailer-script-kind";
import { voiceLineKind } from "./kinds/voice-line-kind";
import type { PipelineServices } from "./pipeline-services";

/**
 * What a kind's target is: nothing (the show), a character, an episode, a shot, or one line of a
 * shot (`<shot id>:<line id>`).
 */
export type TargetType = "show" | "character" | "episode" | "shot" | "line";

export const pipelineTargets: Record<string, TargetType> = {
  blueprint: "show",
  characters: "show",
  dossier: "character",
  portrait: "character",
  portrait_grid: "show",
  poster: "show",
  trailer_script: "show",
  trailer: "show",
  character_video: "character",
  episodes: "show",
  episode_still: "episode",
  episode_clip: "episode",
  episode_script: "episode",
  storyboard_frame: "shot",
  voice_line: "line",
  /** An episode id, or `trailer` for the trailer's bed. */
  score: "episode",
  episode_animatic: "episode",
  shot_clip: "shot",
};

/** Kinds whose attempts leave provider jobs behind when they die: what to cancel then. */
const providerJobTypes: Record<string, "image" | "video" | "audio"> = {
  portrait: "image",
  poster: "image",
  episode_still: "image",
  character_video: "video",
  episode_clip: "video",
  storyboard_frame: "image",
  shot_clip: "video",
  voice_line: "audio",
  score: "audio",
};

/** Registers every task kind of the show pipeline with the engine. */
export function registerPipeline(kinds: KindRegistry, services: PipelineServices): void {
  for (const make of [
    blueprintKind,
    charactersKind,
    dossierKind,
    portraitKind,
    portraitGridKind,
    posterKind,
    trailerScriptKind,
    trailerKind,
    characterVideoKind,
    episodesKind,
    episodeStillKind,
    episodeClipKind,
    episodeScriptKind,
    storyboardFrameKind,
    voiceLineKind,
    scoreKind,
    episodeAnimaticKind,
    shotClipKind,
  ]) {
    const kind = make(services);
    const jobType = providerJobTypes[kind.id];
    kinds.register(
      jobType ? { ...kind, onAbandoned: abandonPaidJob(services.providers, jobType) } : kind,
    );
  }
}
