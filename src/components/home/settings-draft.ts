import { changedChoices, type ProviderChoices } from "@/lib/client/provider-defaults";
import type { ShowSettingsPatch } from "@/lib/client/types";

/** The drawer's edits for the next show. */
export interface SettingsDraft {
  characterCount: number;
  guardrails: string;
  /** Only the choices changed for this show; the others follow the browser's defaults. */
  providers: Partial<ProviderChoices>;
}

const DEFAULT_CHARACTER_COUNT = 6;

export const EMPTY_DRAFT: SettingsDraft = {
  characterCount: DEFAULT_CHARACTER_COUNT,
  guardrails: "",
  providers: {},
};

export function resolveChoices(draft: SettingsDraft, defaults: ProviderChoices): ProviderChoices {
  return { ...defaults, ...draft.providers };
}

/** Only what differs from the server's own defaults is sent; it fills in the rest. */
export function toSettingsPatch(
  draft: SettingsDraft,
  choices: ProviderChoices,
  serverDefaults: ProviderChoices,
): ShowSettingsPatch | undefined {
  const patch: ShowSettingsPatch = { ...changedChoices(choices, serverDefaults) };
  if (draft.characterCount !== DEFAULT_CHARACTER_COUNT) {
    patch.characterCount = draft.characterCount;
  }
  if (draft.guardrails.trim()) {
    patch.guardrails = draft.guardrails.trim();
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** How many settings the drawer changed for this show (the badge on its button). */
export function countChanges(draft: SettingsDraft, defaults: ProviderChoices): number {
  const choices = changedChoices(resolveChoices(draft, defaults), defaults);
  return (
    Object.keys(choices).length +
    (draft.characterCount !== DEFAULT_CHARACTER_COUNT ? 1 : 0) +
    (draft.guardrails.trim() ? 1 : 0)
  );
}
