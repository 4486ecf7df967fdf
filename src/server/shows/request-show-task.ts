import type { z } from "zod";
import type { Executor } from "../db/client";
import { invalidInput } from "../errors";
import { pipelineTargets } from "../pipeline/register-pipeline";
import { loadShowState, stepKey } from "../pipeline/show-state";
import type { requestTaskBodySchema } from "../tasks/request-task";
import type { TaskEngine } from "../tasks/task-engine";
import { inTransaction } from "../tasks/tx-scope";
import { describeShotTarget } from "./describe-shot-target";
import { lockShow, wantTrailerCut } from "./request-trailer-cut";
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
  if (body.kind === "trailer") {
    if (body.target) {
      throw invalidInput("target", "trailer is made for the whole show; omit target");
    }
    return requestTrailer(deps.engine, show.id, body.input ?? {});
  }
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

/**
 * "Trailer" asked for as one task (the API, the CLI): the trailer is cut from its board, so what
 * the board lacks is requested first (request-trailer-cut.ts) and the task answered is the cut
 * when it could be asked for now, else the first piece on its way (the script, a frame …), which
 * the rules carry on to the cut. With every piece current, a new version of the cut.
 */
async function requestTrailer(engine: TaskEngine, showId: string, input: unknown) {
  const answer = await inTransaction(engine.deps.db, async (scope) => {
    await lockShow(scope.tx, showId);
    const requested = await wantTrailerCut(engine, scope, showId);
    const first = requested.find((task) => task.kind === "trailer") ?? requested[0];
    if (first) {
      return { task: first, created: true };
    }
    const state = await loadShowState(scope.tx, showId);
    const script = state?.latest.get(stepKey("trailer_script"));
    if (script && (script.status === "queued" || script.status === "running")) {
      return { scriptId: script.id };
    }
    return engine.request(
      { showId, kind: "trailer", input, title: "Trailer", source: "user" },
      scope,
    );
  });
  // Read after the transaction: the embedded database serves one connection at a time.
  return "scriptId" in answer
    ? { task: await engine.get(answer.scriptId), created: false }
    : answer;
}
