"use client";

import { providerName, unavailableReason } from "@/lib/client/providers";
import type { AssetType, ModelOption, ProviderChoice, SettingsView } from "@/lib/client/types";
import { formatShutdownDate, optionText } from "@/server/settings/shutdown-date";

interface ModelSelectProps {
  id: string;
  type: AssetType;
  settings: SettingsView;
  value: ProviderChoice;
  onChange: (choice: ProviderChoice) => void;
  describedBy?: string;
}

// Provider names never contain "|", so the first one separates provider from model.
const encode = (choice: ProviderChoice) => `${choice.provider}|${choice.model}`;

/** Only the options' own encodings reach here, so the provider part is one the server named. */
function decode(value: string): ProviderChoice {
  const split = value.indexOf("|");
  return {
    provider: value.slice(0, split) as ProviderChoice["provider"],
    model: value.slice(split + 1),
  };
}

/**
 * The models the server offers for one asset type, grouped by provider. A provider that is not
 * configured stays visible but disabled, its group naming what to set.
 */
export function ModelSelect({
  id,
  type,
  settings,
  value,
  onChange,
  describedBy,
}: ModelSelectProps) {
  const options = settings.models[type];
  const groups = [...new Set(options.map((option) => option.provider))];
  const listed = options.some(
    (option) => option.provider === value.provider && option.model === value.model,
  );
  return (
    <select
      id={id}
      className="select"
      value={encode(value)}
      aria-describedby={describedBy}
      onChange={(event) => onChange(decode(event.target.value))}
    >
      {!listed && (
        <option value={encode(value)}>
          {retiredNotice(settings, value) ??
            `${value.model} (${providerName(value.provider)}, not offered by this server)`}
        </option>
      )}
      {groups.map((provider) => {
        const reason = unavailableReason(settings, provider);
        return (
          <optgroup
            key={provider}
            label={reason ? `${providerName(provider)} — ${reason}` : providerName(provider)}
            disabled={reason !== null}
          >
            {options
              .filter((option) => option.provider === provider)
              .map((option) => (
                <option key={option.model} value={encode(option)}>
                  {optionText(option)}
                </option>
              ))}
          </optgroup>
        );
      })}
    </select>
  );
}

/** The option a choice names, for its price hint. */
export function findOption(
  settings: SettingsView,
  type: AssetType,
  choice: ProviderChoice,
): ModelOption | undefined {
  return settings.models[type].find(
    (option) => option.provider === choice.provider && option.model === choice.model,
  );
}

/**
 * For a choice naming a model its provider has shut down (a saved default, an old show): when that
 * happened and what to choose instead; null for any other choice.
 */
export function retiredNotice(settings: SettingsView, choice: ProviderChoice): string | null {
  const retired = settings.retiredModels.find(
    (model) => model.provider === choice.provider && model.model === choice.model,
  );
  return retired
    ? `${retired.label} — shut down ${formatShutdownDate(retired.shutdownDate)}; choose ${retired.instead}`
    : null;
}
