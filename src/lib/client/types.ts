/**
 * The HTTP API's shapes as the browser sees them (docs/api.md). Documents come from the server's
 * zod schemas as types only, so no server code reaches the bundle.
 */

import type { RunEstimate } from "@/server/pipeline/cost-estimates";
import type { PriceTable } from "@/server/providers/pricing/price-table";
import type { ProviderName } from "@/server/providers/provider-registry";
import type { ConnectionResult } from "@/server/settings/connection-result";
import type { SettingsView } from "@/server/settings/get-settings";
import type { ModelOption, ModelOptions } from "@/server/settings/model-catalog";
import type { AssetDto } from "@/server/shows/assets";
import type {
  Blueprint,
  CharacterSeed,
  Dossier,
  EpisodeOutline,
  Season,
} from "@/server/shows/documents";
import type { TaskDto, TaskError, TaskEventDto } from "@/server/tasks/task-dto";

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
  RunEstimate,
  Season,
  SettingsView,
};

// The task and asset shapes are the server's own DTOs (types only), so the two cannot drift.
export type TaskStatus = TaskDto["status"];
export type { TaskError };
export type Task = TaskDto;
export type TaskEvent = TaskEventDto;

export interface TaskDetail extends Task {
  events: TaskEvent[];
  input: unknown;
  result: unknown;
  checkpoint: unknown;
  cancelNote: string | null;
}

export type Asset = AssetDto;

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
