"use client";

import { useState } from "react";
import { useProviderDefaults } from "@/hooks/use-provider-defaults";
import { useRunEstimate } from "@/hooks/use-run-estimate";
import { useSettings } from "@/hooks/use-settings";
import {
  effectiveDefaults,
  OFFLINE_CHOICES,
  type ProviderChoices,
} from "@/lib/client/provider-defaults";
import type { RunEstimate, SettingsView, ShowSettingsPatch } from "@/lib/client/types";
import {
  countChanges,
  EMPTY_DRAFT,
  resolveChoices,
  type SettingsDraft,
  toSettingsPatch,
} from "./settings-draft";

export interface NewShowSettings {
  settings: SettingsView | null;
  settingsError: string | null;
  draft: SettingsDraft;
  setDraft: (draft: SettingsDraft) => void;
  /** The browser's defaults, under the drawer's changes. */
  defaults: ProviderChoices;
  choices: ProviderChoices;
  patch: ShowSettingsPatch | undefined;
  changes: number;
  /** A whole autopilot run on these choices, from the server; null until it answers. */
  estimate: RunEstimate | null;
}

/** The next show's settings: server options, this browser's defaults, and the drawer's edits. */
export function useNewShowSettings(): NewShowSettings {
  const { settings, error } = useSettings();
  const { stored } = useProviderDefaults();
  const [draft, setDraft] = useState<SettingsDraft>(EMPTY_DRAFT);
  const defaults = effectiveDefaults(stored, settings);
  const choices = resolveChoices(draft, defaults);
  const estimate = useRunEstimate(settings ? choices : null, draft.characterCount);
  return {
    settings,
    settingsError: error,
    draft,
    setDraft,
    defaults,
    choices,
    patch: toSettingsPatch(draft, choices, settings?.defaults ?? OFFLINE_CHOICES),
    changes: countChanges(draft, defaults),
    estimate,
  };
}
