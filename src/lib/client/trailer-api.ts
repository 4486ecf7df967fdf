import type { RecutEstimate } from "@/server/pipeline/storyboard/recut-estimate";
import type { TrailerShotSpec } from "@/server/shows/trailer-script";
import type { TrailerBoardView } from "@/server/shows/trailer-view";
import { call, storyboardApi } from "./storyboard-api";
import type { Task } from "./types";

export type { RecutEstimate, TrailerBoardView, TrailerShotSpec };
export type TrailerShot = TrailerBoardView["shots"][number];
export type TrailerShape = TrailerBoardView["settings"];

const trailerPath = (showId: string) => `/api/shows/${showId}/trailer`;

/** The trailer editor's routes (docs/api.md, "Shows"); a shot's edits share the storyboard's. */
export const trailerApi = {
  get: (showId: string) => call<TrailerBoardView>(trailerPath(showId), "GET"),
  cut: (showId: string) =>
    call<{ requested: Task[]; trailer: TrailerBoardView }>(
      `${trailerPath(showId)}/cut`,
      "POST",
      {},
    ),
  setShape: (showId: string, shape: Partial<TrailerShape>) =>
    call<{ requested: Task[]; trailer: TrailerBoardView }>(trailerPath(showId), "PATCH", shape),
  addShot: (showId: string, afterShotId: string | null, spec?: TrailerShotSpec) =>
    call<TrailerBoardView>(`${trailerPath(showId)}/shots`, "POST", {
      afterShotId,
      ...(spec ? { spec } : {}),
    }),
  reorder: (showId: string, shotIds: string[]) =>
    call<TrailerBoardView>(`${trailerPath(showId)}/shots`, "PUT", { shotIds }),
  updateShot: (showId: string, shotId: string, patch: Partial<TrailerShotSpec>) =>
    storyboardApi.updateShot<TrailerBoardView>(showId, shotId, patch),
  chooseFrame: (showId: string, shotId: string, assetId: string) =>
    storyboardApi.chooseFrame<TrailerBoardView>(showId, shotId, assetId),
  deleteShot: storyboardApi.deleteShot,
};
