/**
 * The HTTP API's shapes as the browser sees them (docs/api.md). Documents come from the server's
 * zod schemas as types only, so no server code reaches the bundle.
 */

import type { PriceTable } from "@/server/providers/pricing/price-table";
import type { ProviderName } from "@/server/providers/provider-registry";
import type { ConnectionResult } from "@/server/settings/connection-result";
import type { SettingsView } from "@/server/settings/get-settings";
import type { ModelOption, ModelOptions } from "@/server/settings/model-catalog";
import type {
  Blueprint,
  CharacterSeed,
  Dossier,
  EpisodeOutline,
  Season,
} from "@/server/shows/documents";

export type {
  Blueprint,
  CharacterSeed,
  ConnectionResult,
  Dossier,
  EpisodeOutline,
  ModelOption,
  ModelOptions,
  PriceTable,
  ProviderName,
  Season,
  SettingsView,
};

export type TaskStatus = "queued" | "running" | "succeeded" | "failed" | "canceled";

export interface TaskError {
  code: string;
  message: string;
  retryable: boolean;
  provider?: string;
  requestId?: string;
}

export interface Task {
  id: string;
  showId: string;
  kind: string;
  target: string | null;
  title: string;
  status: TaskStatus;
  progress: number;
  stage: string;
  attempt: number;
  maxAttempts: number;
  version: number;
  error: TaskError | null;
  failureReason: "error" | "expired" | "canceled" | "crashed" | null;
  costUsd: number | null;
  createdAt: string;
  startedAt: string | null;
  heartbeatAt: string | null;
  finishedAt: string | null;
}

export interface TaskEvent {
  id: number;
  taskId?: string;
  showId?: string;
  type: string;
  message: string;
  at: string;
  data: unknown;
}

export interface TaskDetail extends Task {
  events: TaskEvent[];
  input: unknown;
  result: unknown;
  checkpoint: unknown;
  cancelNote: string | null;
}

export interface Asset {
  id: string;
  kind: string;
  url: string;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  provider: string;
  model: string;
  prompt: string;
  costUsd: number | null;
  createdAt: string;
  taskId: string | null;
}

export type AssetType = "text" | "image" | "video";

export interface ProviderChoice {
  provider: string;
  model: string;
}

export interface ShowSettings {
  characterCount: number;
  guardrails: string;
  text: ProviderChoice;
  image: ProviderChoice;
  video: ProviderChoice;
}

/** A provider choice is replaced whole: the server needs both provider and model. */
export type ShowSettingsPatch = Partial<ShowSettings> & {
  /** Honoured only when the server runs with GREENLIGHT_TEST_HOOKS=true. */
  testFailures?: { kinds: string[]; versions: number };
};

export interface ShowSummary {
  id: string;
  slug: string;
  premise: string;
  title: string | null;
  logline: string | null;
  autopilot: boolean;
  createdAt: string;
  poster: Asset | null;
  completion: number;
  activeTasks: number;
  costUsd: number;
}

export interface Character {
  id: string;
  position: number;
  name: string;
  seed: CharacterSeed;
  dossier: Dossier | null;
  portraitPrompt: string | null;
  portrait: Asset | null;
  video: Asset | null;
  portraitVersions: Asset[];
  videoVersions: Asset[];
}

export interface Episode {
  id: string;
  number: number;
  title: string;
  outline: EpisodeOutline;
  still: Asset | null;
  clip: Asset | null;
}

export interface ShowDetail extends ShowSummary {
  blueprint: Blueprint | null;
  season: Season | null;
  settings: ShowSettings;
  grid: Asset | null;
  trailer: Asset | null;
  characters: Character[];
  episodes: Episode[];
  versions: { poster: Asset[]; grid: Asset[]; trailer: Asset[] };
  /** Estimated USD of one task of each kind under the show's settings; 0 when free or unpriced. */
  estimates: Record<string, number>;
  /** Estimated USD of a whole autopilot run, premise to trailer. */
  autopilotEstimate: number;
}

export type ShowSort = "recent" | "title" | "completion";

/** A prompt template as `GET /api/prompt-templates` lists it. */
export interface PromptTemplate {
  key: string;
  body: string;
  defaultBody: string;
  customized: boolean;
}
