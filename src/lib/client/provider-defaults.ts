import type { AssetType, ProviderChoice, SettingsView } from "./types";

export type ProviderChoices = Record<AssetType, ProviderChoice>;

export const ASSET_TYPES: { type: AssetType; label: string }[] = [
  { type: "text", label: "Writing" },
  { type: "image", label: "Images" },
  { type: "video", label: "Video" },
];

/** What a show uses when the server cannot be asked: the built-in offline models. */
export const OFFLINE_CHOICES: ProviderChoices = {
  text: { provider: "offline", model: "offline-writer-1" },
  image: { provider: "offline", model: "offline-art-1" },
  video: { provider: "offline", model: "offline-animatic-1" },
};

/** The browser's own defaults for new shows (the server keeps settings per show only). */
export const DEFAULTS_STORAGE_KEY = "greenlight.defaultModels";

const isChoice = (value: unknown): value is ProviderChoice =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as ProviderChoice).provider === "string" &&
  typeof (value as ProviderChoice).model === "string" &&
  (value as ProviderChoice).model.length > 0;

/** Reads what was stored, keeping only well-formed choices (storage is user-editable). */
export function parseStoredDefaults(raw: string | null): Partial<ProviderChoices> {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (typeof value !== "object" || value === null) {
      return {};
    }
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      ASSET_TYPES.flatMap(({ type }) => (isChoice(record[type]) ? [[type, record[type]]] : [])),
    );
  } catch {
    return {};
  }
}

const sameChoice = (a: ProviderChoice, b: ProviderChoice) =>
  a.provider === b.provider && a.model === b.model;

/**
 * The choices a new show starts with: the stored default for each type while its provider is
 * configured on this server, else the server's default.
 */
export function effectiveDefaults(
  stored: Partial<ProviderChoices>,
  settings: SettingsView | null,
): ProviderChoices {
  const base = settings?.defaults ?? OFFLINE_CHOICES;
  const usable = (choice: ProviderChoice | undefined): choice is ProviderChoice =>
    choice !== undefined &&
    (settings === null ||
      settings.providers[choice.provider as keyof SettingsView["providers"]]?.configured === true);
  return {
    text: usable(stored.text) ? stored.text : base.text,
    image: usable(stored.image) ? stored.image : base.image,
    video: usable(stored.video) ? stored.video : base.video,
  };
}

/** The choices that differ from `base`: what a show's settings patch must carry. */
export function changedChoices(
  choices: ProviderChoices,
  base: ProviderChoices,
): Partial<ProviderChoices> {
  return Object.fromEntries(
    ASSET_TYPES.flatMap(({ type }) =>
      sameChoice(choices[type], base[type]) ? [] : [[type, choices[type]]],
    ),
  );
}
