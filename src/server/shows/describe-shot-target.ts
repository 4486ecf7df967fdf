import type { Executor } from "../db/client";
import { invalidInput, notFound } from "../errors";
import { findLine, loadShot, parseLineTarget, shotSpecOf } from "./shot-records";
import { loadCharacters, loadEpisode } from "./show-records";

/**
 * Checks a shot or line target exists in this show and names it for the dock:
 * "Episode 1 · shot 3" or "Noor · Episode 1 · shot 3".
 */
export async function describeShotTarget(
  db: Executor,
  showId: string,
  target: string,
  type: "shot" | "line",
): Promise<string> {
  const where = type === "line" ? parseLineTarget(target) : { shotId: target, lineId: "" };
  if (!where) {
    throw invalidInput("target", 'A line is named "<shot id>:<line id>"');
  }
  const shot = await loadShot(db, showId, where.shotId);
  const episode = shot.episodeId ? await loadEpisode(db, showId, shot.episodeId) : null;
  const place = `${episode ? `Episode ${episode.number}` : "Trailer"} · shot ${shot.position + 1}`;
  if (type === "shot") {
    return place;
  }
  const line = findLine(shotSpecOf(shot), where.lineId);
  if (!line) {
    throw notFound("Line");
  }
  const speaker = line.characterId
    ? (await loadCharacters(db, showId)).find((member) => member.id === line.characterId)?.name
    : "Narrator";
  return `${speaker ?? "Narrator"} · ${place}`;
}
