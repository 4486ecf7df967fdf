import type { RewriteProposal } from "@/server/pipeline/rewrite-and-retry";
import type { ShowSpend } from "@/server/spend/read-spend";
import type {
  Blueprint,
  ConnectionResult,
  Dossier,
  PromptTemplate,
  ProviderChoice,
  ProviderName,
  RunEstimate,
  SettingsView,
  ShowDetail,
  ShowSettingsPatch,
  ShowSort,
  ShowSummary,
  Task,
  TaskDetail,
} from "./types";

/** An API error with the server's code and user-facing message (docs/api.md error shape). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    headers: init.body ? { "content-type": "application/json", ...init.headers } : init.headers,
    cache: "no-store",
  });
  if (!response.ok) {
    throw await apiError(response);
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

async function apiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; field?: string };
  } | null;
  return new ApiError(
    response.status,
    body?.error?.code ?? "http_error",
    body?.error?.message ?? `The server answered ${response.status}`,
    body?.error?.field,
  );
}

const post = <T>(path: string, body: unknown = {}) =>
  request<T>(path, { method: "POST", body: JSON.stringify(body) });
const patch = <T>(path: string, body: unknown) =>
  request<T>(path, { method: "PATCH", body: JSON.stringify(body) });
const put = <T>(path: string, body: unknown) =>
  request<T>(path, { method: "PUT", body: JSON.stringify(body) });

type TemplateList = { templates: PromptTemplate[] };
const templates = (body: TemplateList) => body.templates;

export interface CreateShowInput {
  premise: string;
  autopilot: boolean;
  settings?: ShowSettingsPatch;
}

export interface EstimateRunInput {
  text: ProviderChoice;
  image: ProviderChoice;
  video: ProviderChoice;
  characterCount: number;
}

export const api = {
  /**
   * Creates the show at the slug the caller chose (show-slug.ts; the same slug and premise again
   * are the same show) and resolves on the server's status line, not its body: the show and its
   * blueprint task are committed before the status is sent, while the body (the show's detail,
   * which the console renders on the server anyway) can trail it by a second or more when the
   * embedded worker has already started on the blueprint in the same process.
   */
  createShowAt: async (slug: string, input: CreateShowInput): Promise<void> => {
    const response = await fetch("/api/shows", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...input, slug }),
      cache: "no-store",
    });
    if (!response.ok) {
      throw await apiError(response);
    }
  },
  listShows: (query: { q?: string; sort?: ShowSort } = {}) => {
    const params = new URLSearchParams();
    if (query.q) {
      params.set("q", query.q);
    }
    if (query.sort) {
      params.set("sort", query.sort);
    }
    return request<{ shows: ShowSummary[] }>(`/api/shows?${params}`).then((body) => body.shows);
  },
  getShow: (idOrSlug: string) => request<ShowDetail>(`/api/shows/${encodeURIComponent(idOrSlug)}`),
  updateShow: (
    id: string,
    body: { blueprint?: Blueprint; autopilot?: boolean; settings?: ShowSettingsPatch },
  ) => patch<ShowDetail>(`/api/shows/${id}`, body),
  updateCharacter: (
    showId: string,
    characterId: string,
    body: { dossier?: Dossier; portraitPrompt?: string | null },
  ) => patch<ShowDetail>(`/api/shows/${showId}/characters/${characterId}`, body),
  deleteShow: (id: string) => request<void>(`/api/shows/${id}`, { method: "DELETE" }),
  requestTask: (showId: string, kind: string, target?: string | null, input?: object) =>
    post<Task>(`/api/shows/${showId}/tasks`, { kind, ...(target ? { target } : {}), input }),
  listTasks: (query: { showId?: string; status?: string; limit?: number }) => {
    const params = new URLSearchParams(
      Object.entries(query).flatMap(([key, value]) =>
        value === undefined ? [] : [[key, String(value)]],
      ),
    );
    return request<{ tasks: Task[] }>(`/api/tasks?${params}`).then((body) => body.tasks);
  },
  getTask: (id: string) => request<TaskDetail>(`/api/tasks/${id}`),
  cancelTask: (id: string) => post<Task>(`/api/tasks/${id}/cancel`),
  retryTask: (id: string) => post<Task>(`/api/tasks/${id}/retry`),
  proposeRewrite: (id: string) => request<RewriteProposal>(`/api/tasks/${id}/rewrite`),
  rewriteTask: (id: string, prompt: string) => post<Task>(`/api/tasks/${id}/rewrite`, { prompt }),
  getShowSpend: (showId: string) => request<ShowSpend>(`/api/shows/${showId}/spend`),
  resumeAutopilot: (showId: string) => post<ShowDetail>(`/api/shows/${showId}/autopilot/resume`),
  skipAutopilotStep: (showId: string, target: string) =>
    post<ShowDetail>(`/api/shows/${showId}/autopilot/skip`, { target }),
  makeAll: (showId: string, kind: "episode_still" | "episode_clip" | "character_video") =>
    post<{ requested: number }>(`/api/shows/${showId}/make-all`, { kind }),
  packageUrl: (showId: string) => `/api/shows/${showId}/package.zip`,
  getSettings: () => request<SettingsView>("/api/settings"),
  estimateRun: (body: EstimateRunInput) => post<RunEstimate>("/api/estimates", body),
  testConnection: (provider: ProviderName) =>
    post<ConnectionResult>("/api/settings/test-connection", { provider }),
  listPromptTemplates: () => request<TemplateList>("/api/prompt-templates").then(templates),
  savePromptTemplate: (key: string, body: string) =>
    put<TemplateList>(`/api/prompt-templates/${encodeURIComponent(key)}`, { body }).then(templates),
  resetPromptTemplate: (key: string) =>
    request<TemplateList>(`/api/prompt-templates/${encodeURIComponent(key)}`, {
      method: "DELETE",
    }).then(templates),
};

/**
 * What to tell the user. The API names the field its message is about ("premise: Describe the
 * show…") for scripts; a form already shows the message beside that field, so the key goes.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError && error.field) {
    const prefix = `${error.field}: `;
    const message = error.message.startsWith(prefix)
      ? error.message.slice(prefix.length)
      : error.message;
    // "is too long: …" is written to follow the field's name; "Describe the show…" stands alone.
    const standsAlone = /^\p{Lu}/u.test(message);
    return sentence(standsAlone ? message : `${fieldName(error.field)} ${message}`);
  }
  return error instanceof Error ? error.message : "Something went wrong";
}

/** "blueprint.visualStyle.palette.0" → "Palette": the innermost named part, in words. */
function fieldName(path: string): string {
  const name =
    path
      .split(".")
      .reverse()
      .find((part) => !/^\d+$/.test(part)) ?? path;
  const words = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replaceAll("_", " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Capitalised and closed with a full stop, like the rest of the UI's messages. */
function sentence(message: string): string {
  const trimmed = message.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}
