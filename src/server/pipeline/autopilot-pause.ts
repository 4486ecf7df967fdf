import type { ShowState } from "./show-state";

/** Why autopilot stopped, as the console's banner shows it. */
export interface AutopilotPause {
  /** The failed task: Retry requests its kind and target again. */
  taskId: string;
  kind: string;
  target: string | null;
  /** "Portrait of Noor failed: blocked by moderation — Retry or Skip this character". */
  message: string;
  /** Skip goes on without this character or episode; show-level steps can only be retried. */
  skip: "character" | "episode" | null;
}

const STEP_LABELS: Record<string, string> = {
  blueprint: "Blueprint",
  characters: "Cast",
  dossier: "Dossier",
  portrait: "Portrait",
  portrait_grid: "Portrait grid",
  poster: "Poster",
  trailer_script: "Trailer script",
  trailer: "Trailer",
  episodes: "Season plan",
  episode_still: "Still",
  episode_clip: "Clip",
  character_video: "Character video",
};

/**
 * The step autopilot is stuck on: the latest task of a step failed for good (error or timeout, not
 * a user's cancel) and the step's slot is still empty, on a character or episode that still exists
 * and was not skipped. Derived from the task rows, which are durable, so nothing has to clear it:
 * a Retry makes a newer task, a Skip marks the target, and the pause is gone.
 */
export function findAutopilotPause(state: ShowState): AutopilotPause | null {
  const characters = new Map(state.cast.map((member) => [member.id, member]));
  const episodes = new Map(state.episodes.map((episode) => [episode.id, episode]));
  for (const task of state.latest.values()) {
    if (task.status !== "failed" || task.failureReason === "canceled") {
      continue;
    }
    const label = STEP_LABELS[task.kind];
    if (!label) {
      continue;
    }
    const reason = (task.errorMessage ?? "it stopped").replace(/\.$/, "");
    const character = characters.get(task.target);
    const episode = episodes.get(task.target);
    if (task.target === "") {
      if (!showSlotFilled(state, task.kind)) {
        return pause(task, `${label} failed: ${reason} — Retry`, null);
      }
    } else if (character && !character.skipped && !characterSlotFilled(character, task.kind)) {
      const subject = `${label} of ${character.name}`;
      return pause(
        task,
        `${subject} failed: ${reason} — Retry or Skip this character`,
        "character",
      );
    } else if (episode && !episode.skipped && !episodeSlotFilled(episode, task.kind)) {
      const subject = `${label} of episode ${episode.number}`;
      return pause(task, `${subject} failed: ${reason} — Retry or Skip this episode`, "episode");
    }
  }
  return null;
}

function pause(
  task: { id: string; kind: string; target: string },
  message: string,
  skip: AutopilotPause["skip"],
): AutopilotPause {
  return { taskId: task.id, kind: task.kind, target: task.target || null, message, skip };
}

function showSlotFilled({ show, cast }: ShowState, kind: string): boolean {
  switch (kind) {
    case "blueprint":
      return show.blueprint !== null;
    case "characters":
      return cast.length > 0;
    case "portrait_grid":
      return show.gridAssetId !== null;
    case "poster":
      return show.posterAssetId !== null;
    case "trailer_script":
    case "trailer":
      return show.trailerAssetId !== null;
    case "episodes":
      return show.season !== null;
    default:
      return true;
  }
}

function characterSlotFilled(member: ShowState["cast"][number], kind: string): boolean {
  switch (kind) {
    case "dossier":
      return member.dossier !== null;
    case "portrait":
      return member.portraitAssetId !== null;
    case "character_video":
      return member.videoAssetId !== null;
    default:
      return true;
  }
}

function episodeSlotFilled(episode: ShowState["episodes"][number], kind: string): boolean {
  switch (kind) {
    case "episode_still":
      return episode.stillAssetId !== null;
    case "episode_clip":
      return episode.clipAssetId !== null;
    default:
      return true;
  }
}
