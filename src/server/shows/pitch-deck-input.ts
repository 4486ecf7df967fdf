import type { Executor } from "../db/client";
import { conflict, isAppError } from "../errors";
import type { PitchDeckInput, PitchDeckStoryboard } from "../exports/pitch-deck/pitch-deck-input";
import type { MediaStore } from "../storage/media-store";
import type { AssetDto } from "./assets";
import type { SceneHeading } from "./episode-script";
import { getShowDetail } from "./show-views";
import { getStoryboard } from "./storyboard-view";

/**
 * A show's pitch deck input: the blueprint, cast, season and every episode's storyboard as the
 * console shows them (the same views), with each current image resolved to a file on this
 * machine. An image that is not made yet, or whose file is gone, is null: the deck draws a
 * placeholder instead of failing the export.
 */
export async function loadPitchDeckInput(
  db: Executor,
  media: MediaStore,
  showId: string,
): Promise<PitchDeckInput> {
  const show = await getShowDetail(db, showId);
  const blueprint = show.blueprint;
  if (!blueprint) {
    throw conflict("A pitch deck needs the show's blueprint; generate it first");
  }
  const fileOf = (asset: AssetDto | null) => localFileOf(media, asset);

  const storyboards: PitchDeckStoryboard[] = [];
  for (const episode of show.episodes.filter((candidate) => candidate.shotCount > 0)) {
    const board = await getStoryboard(db, show.id, episode.id);
    storyboards.push({
      episodeNumber: board.episode.number,
      episodeTitle: board.episode.title,
      shots: await Promise.all(
        board.shots.map(async (shot) => ({
          number: shot.number,
          framePath: await fileOf(shot.frame),
          heading: sceneHeading(shot.spec.scene),
          action: shot.spec.action,
          lines: shot.lines.map((line) => ({ speaker: line.speaker, text: line.text })),
        })),
      ),
    });
  }

  const { visualAesthetics: look, productionStyle } = blueprint;
  return {
    title: blueprint.title,
    logline: blueprint.logline,
    tagline: blueprint.tagline,
    genre: blueprint.genre,
    tone: blueprint.tone,
    medium: productionStyle.medium,
    posterPath: await fileOf(show.poster),
    style: {
      description: productionStyle.description,
      palette: look.palette,
      notes: [
        { label: "Lighting", text: look.lighting },
        { label: "Camera", text: look.camera },
        { label: "Composition", text: look.composition },
        { label: "Textures", text: look.textures },
      ].filter((note) => note.text.trim() !== ""),
      moodKeywords: blueprint.moodKeywords,
    },
    cast: await Promise.all(
      show.characters.map(async (member) => ({
        name: member.dossier?.name ?? member.name,
        // "lead · 66 · she/her": the dossier's facts beside the role.
        role: [
          member.dossier?.role ?? member.seed.role,
          member.dossier?.age,
          member.dossier?.pronouns,
        ]
          .filter(Boolean)
          .join(" · "),
        // The cast list's summary is the pitch of a character; the dossier's backstory, the
        // writers' background, stands in only where there is no summary.
        bio: member.seed.summary || member.dossier?.backstory || "",
        portraitPath: await fileOf(member.portrait),
      })),
    ),
    season: show.season && {
      arc: show.season.seasonArc,
      format: `${show.season.format.episodeCount} × ${show.season.format.runtimeMinutes} min · ${show.season.format.structure}`,
      episodes: show.season.episodes.map((episode) => ({
        number: episode.number,
        title: episode.title,
        logline: episode.logline,
      })),
    },
    storyboards,
  };
}

/** "INT. NOODLE STALL – NIGHT", as a script's scene heading reads. */
function sceneHeading(scene: SceneHeading): string {
  return `${scene.interior ? "INT." : "EXT."} ${scene.location} – ${scene.timeOfDay}`.toUpperCase();
}

async function localFileOf(media: MediaStore, asset: AssetDto | null): Promise<string | null> {
  if (!asset) {
    return null;
  }
  try {
    return await media.localFile(asset.url.replace(/^\/api\/media\//, ""));
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") {
      return null;
    }
    throw error;
  }
}
