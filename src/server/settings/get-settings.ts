import type { Env } from "../config/env";
import { createProviderCatalog, replicateWebhookUrl } from "../providers/configured-adapters";
import type { PriceTable } from "../providers/pricing/price-table";
import { defaultProviderChoices, type ProviderChoice } from "../shows/show-settings";
import {
  listModelOptions,
  listRetiredModels,
  type ModelOptions,
  type RetiredModel,
} from "./model-catalog";

/** What the settings page shows. Built from configuration; never carries a key. */
export interface SettingsView {
  providers: {
    offline: { configured: true };
    /** `baseURL` only when an OpenAI-compatible server is configured, without credentials. */
    openai: { configured: boolean; baseURL?: string };
    /** `webhook`: Replicate posts finished predictions back (PUBLIC_URL and a secret are set). */
    replicate: { configured: boolean; webhook: boolean };
  };
  /** What a new show uses unless its settings say otherwise. */
  defaults: Record<keyof typeof defaultProviderChoices, ProviderChoice>;
  /** What each type may pick today; a model with an announced shutdown carries its date. */
  models: ModelOptions;
  /** Models no longer offered because their provider shut them down, for a choice still naming one. */
  retiredModels: RetiredModel[];
  prices: PriceTable;
}

/** A base URL may embed credentials (https://user:token@host); the browser gets the host only. */
function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = "";
  parsed.password = "";
  return parsed.toString().replace(/\/$/, "");
}

/** `today` decides which models are offered (tests set it; the route asks now). */
export function getSettings(
  env: Env,
  catalog = createProviderCatalog(env),
  today = new Date(),
): SettingsView {
  return {
    providers: {
      offline: { configured: true },
      openai: {
        configured: Boolean(env.OPENAI_API_KEY),
        ...(env.OPENAI_BASE_URL ? { baseURL: withoutCredentials(env.OPENAI_BASE_URL) } : {}),
      },
      replicate: {
        configured: Boolean(env.REPLICATE_API_TOKEN),
        webhook: Boolean(env.REPLICATE_API_TOKEN && replicateWebhookUrl(env)),
      },
    },
    defaults: { ...defaultProviderChoices },
    models: listModelOptions(catalog, today),
    retiredModels: listRetiredModels(catalog, today),
    prices: catalog.prices,
  };
}
