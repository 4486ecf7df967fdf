import type { ShotSpec } from "@/server/shows/episode-script";
import type { StoryboardView } from "@/server/shows/storyboard-view";
import { ApiError } from "./api";
import type { ShowDetail, Task } from "./types";

export type { ShotSpec, StoryboardView };
export type StoryboardShot = StoryboardView["shots"][number];
export type StoryboardLine = StoryboardShot["lines"][number];
export type VoiceEntry = StoryboardView["voices"][number];

/** One JSON call to the API; a non-2xx answer becomes an ApiError with the server's message. */
export async function call<T>(path: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string; field?: string };
    } | null;
    throw new ApiError(
      response.status,
      answer?.error?.code ?? "http_error",
      answer?.error?.message ?? `The server answered ${response.status}`,
      answer?.error?.field,
    );
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

const episodePath = (showId: string, episodeId: string) =>
  `/api/shows/${showId}/episodes/${episodeId}`;

/** The storyboard routes (docs/api.md, "Shows"). */
export const storyboardApi = {
  get: (showId: string, episodeId: string) =>
    call<StoryboardView>(`${episodePath(showId, episodeId)}/storyboard`, "GET"),
  makeAnimatic: (showId: string, episodeId: string) =>
    call<{ requested: Task[]; storyboard: StoryboardView }>(
      `${episodePath(showId, episodeId)}/animatic`,
      "POST",
      {},
    ),
  addShot: (showId: string, episodeId: string, afterShotId: string | null) =>
    call<StoryboardView>(`${episodePath(showId, episodeId)}/shots`, "POST", { afterShotId }),
  reorder: (showId: string, episodeId: string, shotIds: string[]) =>
    call<StoryboardView>(`${episodePath(showId, episodeId)}/shots`, "PUT", { shotIds }),
  updateShot: <View = StoryboardView>(showId: string, shotId: string, patch: Partial<ShotSpec>) =>
    call<View>(`/api/shows/${showId}/shots/${shotId}`, "PATCH", patch),
  chooseFrame: <View = StoryboardView>(showId: string, shotId: string, assetId: string) =>
    call<View>(`/api/shows/${showId}/shots/${shotId}/frame`, "PUT", { assetId }),
  deleteShot: (showId: string, shotId: string) =>
    call<void>(`/api/shows/${showId}/shots/${shotId}`, "DELETE"),
  setVoice: (showId: string, characterId: string, voice: VoiceEntry["voice"] | null) =>
    call<ShowDetail>(`/api/shows/${showId}/characters/${characterId}`, "PATCH", { voice }),
  setNarratorVoice: (showId: string, voice: VoiceEntry["voice"]) =>
    call<ShowDetail>(`/api/shows/${showId}`, "PATCH", { settings: { narratorVoice: voice } }),
};
