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
import type {
  ProviderChoice as ServerProviderChoice,
  ShowSettings as ServerShowSettings,
  ShowSettingsPatch as ServerShowSettingsPatch,
} from "@/server/shows/show-settings";
import type {
  ShowDetail as ServerShowDetail,
  ShowSummary as ServerShowSummary,
  ShowCharacter,
  ShowEpisode,
} from "@/server/shows/show-views";
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

export type ProviderChoice = ServerProviderChoice;
export type ShowSettings = ServerShowSettings;
export type ShowSettingsPatch = ServerShowSettingsPatch;
// The show shapes are the server's own (types only), like the task and asset shapes above.
export type ShowSummary = ServerShowSummary;
export type ShowDetail = ServerShowDetail;
export type Character = ShowCharacter;
export type Episode = ShowEpisode;

export type ShowSort = "recent" | "title" | "completion";

/** A prompt template as `GET /api/prompt-templates` lists it. */
export interface PromptTemplate {
  key: string;
  body: string;
  defaultBody: string;
  customized: boolean;
}
