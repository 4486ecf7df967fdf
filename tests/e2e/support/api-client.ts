import type {
  PromptTemplate,
  ShowDetail,
  ShowSettingsPatch,
  ShowSummary,
  Task,
  TaskDetail,
} from "../../../src/lib/client/types";

/** What the server recorded, asked directly over HTTP: the test's view behind the UI. */
export class ApiClient {
  /** `apiKey`: the owner's, made in the global setup (run.ts); every call is the owner's. */
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey?: string,
  ) {}

  #headers(json: boolean): Record<string, string> {
    return {
      ...(json ? { "content-type": "application/json" } : {}),
      ...(this.apiKey ? { authorization: `Bearer ${this.apiKey}` } : {}),
    };
  }

  async #json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers: this.#headers(Boolean(init?.body)),
    });
    if (!response.ok) {
      throw new Error(
        `${init?.method ?? "GET"} ${path} → ${response.status} ${await response.text()}`,
      );
    }
    return (await response.json()) as T;
  }

  createShow(premise: string, options: { autopilot?: boolean; settings?: ShowSettingsPatch } = {}) {
    return this.#json<ShowDetail>("/api/shows", {
      method: "POST",
      body: JSON.stringify({
        premise,
        autopilot: options.autopilot ?? false,
        settings: options.settings,
      }),
    });
  }

  show(idOrSlug: string) {
    return this.#json<ShowDetail>(`/api/shows/${idOrSlug}`);
  }

  shows(q?: string) {
    return this.#json<{ shows: ShowSummary[] }>(
      `/api/shows${q ? `?q=${encodeURIComponent(q)}` : ""}`,
    ).then((body) => body.shows);
  }

  tasks(showId: string, kind?: string) {
    const query = new URLSearchParams({ showId, status: "all", ...(kind ? { kind } : {}) });
    return this.#json<{ tasks: Task[] }>(`/api/tasks?${query}`).then((body) => body.tasks);
  }

  task(id: string) {
    return this.#json<TaskDetail>(`/api/tasks/${id}`);
  }

  requestTask(showId: string, kind: string, target?: string) {
    return this.#json<Task>(`/api/shows/${showId}/tasks`, {
      method: "POST",
      body: JSON.stringify({ kind, ...(target ? { target } : {}) }),
    });
  }

  cancelTask(id: string) {
    return this.#json<Task>(`/api/tasks/${id}/cancel`, { method: "POST" });
  }

  promptTemplates() {
    return this.#json<{ templates: PromptTemplate[] }>("/api/prompt-templates").then(
      (body) => body.templates,
    );
  }

  share(showId: string) {
    return this.#json<{ token: string; path: string }>(`/api/shows/${showId}/share`, {
      method: "POST",
      body: "{}",
    });
  }

  async unshare(showId: string) {
    const response = await fetch(`${this.baseUrl}/api/shows/${showId}/share`, {
      method: "DELETE",
      headers: this.#headers(false),
    });
    if (response.status !== 204) {
      throw new Error(`DELETE share → ${response.status}`);
    }
  }

  /** Any GET as the owner: the status and the parsed JSON body (null when it is not JSON). */
  async get(path: string): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: this.#headers(false) });
    const body: unknown = await response.json().catch(() => null);
    return { status: response.status, body };
  }

  async download(path: string): Promise<{ status: number; type: string | null; body: Buffer }> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: this.#headers(false) });
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      body: Buffer.from(await response.arrayBuffer()),
    };
  }
}
