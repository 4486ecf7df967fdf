import type { z } from "zod";
import type { Executor } from "../db/client";
import { invalidInput } from "../errors";
import { pipelineTargets } from "../pipeline/register-pipeline";
import type { requestTaskBodySchema } from "../tasks/request-task";
import type { TaskEngine } from "../tasks/task-engine";
import { describeShotTarget } from "./describe-shot-target";
import { loadCharacter, loadEpisode, loadShow } from "./show-records";
import { trailerSequence } from "./trailer-script";

type RequestBody = z.infer<typeof requestTaskBodySchema>;

/**
 * A user's request for one generation: checks the show and the target exist and belong together,
 * names the task for the dock ("Portrait · Maya Chen"), then asks the engine (idempotent).
 */
export async function requestShowTask(
  deps: { db: Executor; engine: TaskEngine },
  showIdOrSlug: string,
  body: RequestBody,
) {
  const show = await loadShow(deps.db, showIdOrSlug);
  const label = deps.engine.kinds.get(body.kind).label;
  const targetType = pipelineTargets[body.kind] ?? "show";
  let title = label;
  if (targetType === "show" && body.target) {
    throw invalidInput("target", `${body.kind} is made for the whole show; omit target`);
  }
  if (targetType !== "show" && !body.target) {
    throw invalidInput(
      "target",
      targetType === "line"
        ? `${body.kind} needs "<shot id>:<line id>"`
        : `${body.kind} needs the id of a${targetType === "episode" ? "n" : ""} ${targetType}`,
    );
  }
  if (targetType === "character") {
    const character = await loadCharacter(deps.db, show.id, body.target!);
    title = `${label} · ${character.name}`;
  }
  // The trailer's bed is scored like an episode's, under the target `trailer`.
  if (targetType === "episode" && body.kind === "score" && body.target === trailerSequence) {
    title = `${label} · Trailer`;
  } else if (targetType === "episode") {
    const episode = await loadEpisode(deps.db, show.id, body.target!);
    title = `${label} · Episode ${episode.number}`;
  }
  if (targetType === "shot" || targetType === "line") {
    title = `${label} · ${await describeShotTarget(deps.db, show.id, body.target!, targetType)}`;
  }
  return deps.engine.request({
    showId: show.id,
    kind: body.kind,
    target: body.target ?? null,
    input: body.input ?? {},
    title,
    source: "user",
  });
}
