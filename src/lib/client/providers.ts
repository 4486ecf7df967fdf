import type { ProviderName, SettingsView } from "./types";

export interface ProviderInfo {
  name: string;
  makes: string;
  /** The server variable that turns the provider on; null for the built-in one. */
  envVar: string | null;
}

export const PROVIDERS: Record<ProviderName, ProviderInfo> = {
  offline: { name: "Offline", makes: "Writing, images and video", envVar: null },
  openai: { name: "OpenAI", makes: "Writing and images", envVar: "OPENAI_API_KEY" },
  replicate: { name: "Replicate", makes: "Images and video", envVar: "REPLICATE_API_TOKEN" },
};

export const PROVIDER_NAMES = Object.keys(PROVIDERS) as ProviderName[];

export function providerName(provider: string): string {
  return PROVIDERS[provider as ProviderName]?.name ?? provider;
}

/** Why a provider cannot be picked here, or null when it can. */
export function unavailableReason(settings: SettingsView, provider: string): string | null {
  const info = PROVIDERS[provider as ProviderName];
  if (!info) {
    return "unknown provider";
  }
  const configured = settings.providers[provider as ProviderName].configured;
  return configured || !info.envVar ? null : `set ${info.envVar} on the server`;
}
