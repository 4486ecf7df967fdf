import type { AssetType, ProviderChoice, ShowSettingsPatch } from "@/lib/client/types";

export interface SettingsDraft {
  characterCount: number;
  guardrails: string;
  providers: Record<AssetType, ProviderChoice>;
}

export const ASSET_TYPES: { type: AssetType; label: string }[] = [
  { type: "text", label: "Writing" },
  { type: "image", label: "Images" },
  { type: "video", label: "Video" },
];

export const PROVIDERS = [
  { id: "offline", label: "Offline (built in)" },
  { id: "openai", label: "OpenAI (needs API key)" },
  { id: "replicate", label: "Replicate (needs API token)" },
] as const;

/** The model each provider starts with for each asset type; the user may type another. */
export const DEFAULT_MODELS: Record<string, Partial<Record<AssetType, string>>> = {
  offline: { text: "offline-writer-1", image: "offline-art-1", video: "offline-animatic-1" },
  openai: { text: "gpt-5-mini", image: "gpt-image-1" },
  replicate: { image: "black-forest-labs/flux-1.1-pro", video: "google/veo-3.1" },
};

export const DEFAULT_DRAFT: SettingsDraft = {
  characterCount: 6,
  guardrails: "",
  providers: {
    text: { provider: "offline", model: "offline-writer-1" },
    image: { provider: "offline", model: "offline-art-1" },
    video: { provider: "offline", model: "offline-animatic-1" },
  },
};

/** Only what the user changed is sent; the server fills in its own defaults for the rest. */
export function toSettingsPatch(draft: SettingsDraft): ShowSettingsPatch | undefined {
  const patch: ShowSettingsPatch = {};
  if (draft.characterCount !== DEFAULT_DRAFT.characterCount) {
    patch.characterCount = draft.characterCount;
  }
  if (draft.guardrails.trim()) {
    patch.guardrails = draft.guardrails.trim();
  }
  for (const { type } of ASSET_TYPES) {
    const choice = draft.providers[type];
    const base = DEFAULT_DRAFT.providers[type];
    if (choice.provider !== base.provider || choice.model.trim() !== base.model) {
      patch[type] = { provider: choice.provider, model: choice.model.trim() };
    }
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

export function countChanges(draft: SettingsDraft): number {
  return Object.keys(toSettingsPatch(draft) ?? {}).length;
}
