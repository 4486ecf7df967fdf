"use client";

import { useId } from "react";
import { useProviderDefaults } from "@/hooks/use-provider-defaults";
import { ASSET_TYPES, changedChoices, effectiveDefaults } from "@/lib/client/provider-defaults";
import { providerName, unavailableReason } from "@/lib/client/providers";
import type { AssetType, ProviderChoice, SettingsView } from "@/lib/client/types";
import { Icon } from "../ui/icon";
import { findOption, ModelSelect, retiredNotice } from "./model-select";
import styles from "./settings.module.css";
import { SettingsSection } from "./settings-section";

/** The provider and model each asset type of a new show starts with, kept in this browser. */
export function DefaultModelsSection({ settings }: { settings: SettingsView }) {
  const { stored, loaded, save } = useProviderDefaults();
  const choices = effectiveDefaults(stored, settings);
  const baseId = useId();

  const choose = (type: AssetType, choice: ProviderChoice) =>
    // A saved choice whose provider is not configured yet is kept for when it is.
    save(changedChoices({ ...choices, ...stored, [type]: choice }, settings.defaults));

  return (
    <SettingsSection
      id="defaults"
      title="Defaults for new shows"
      description="The models a new show starts with. Each show keeps its own choice; change it for one show in the New show settings."
    >
      <div className={`card ${styles.card}`}>
        {ASSET_TYPES.map(({ type, label }) => {
          const id = `${baseId}-${type}`;
          const choice = choices[type];
          const saved = stored[type];
          const waiting = saved ? unavailableReason(settings, saved.provider) : null;
          return (
            <div key={type} className={styles.modelRow} data-testid={`default-${type}`}>
              <label htmlFor={id} className={styles.modelLabel}>
                {label}
              </label>
              <div className={styles.modelField}>
                <ModelSelect
                  id={id}
                  type={type}
                  settings={settings}
                  value={choice}
                  onChange={(next) => choose(type, next)}
                  describedBy={`${id}-hint`}
                />
                <p id={`${id}-hint`} className="hint">
                  {retiredNotice(settings, choice) ??
                    findOption(settings, type, choice)?.priceHint ??
                    "Price unknown"}
                  {saved &&
                    waiting &&
                    ` · your saved ${providerName(saved.provider)} choice applies once you ${waiting}`}
                </p>
              </div>
            </div>
          );
        })}
        <footer className={styles.cardFooter}>
          <p className="hint">
            <Icon name="alert" size={12} /> Saved in this browser only: the server keeps settings
            per show and has no global defaults.
          </p>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            disabled={!loaded || Object.keys(stored).length === 0}
            onClick={() => save({})}
          >
            Reset to the server's defaults
          </button>
        </footer>
      </div>
    </SettingsSection>
  );
}
