"use client";

import Link from "next/link";
import { useId } from "react";
import { ASSET_TYPES, type ProviderChoices } from "@/lib/client/provider-defaults";
import type { AssetType, ProviderChoice, SettingsView } from "@/lib/client/types";
import { findOption, ModelSelect } from "../settings/model-select";
import styles from "./settings-drawer.module.css";

interface ProviderFieldsProps {
  settings: SettingsView | null;
  settingsError: string | null;
  choices: ProviderChoices;
  defaults: ProviderChoices;
  onChange: (type: AssetType, choice: ProviderChoice) => void;
}

/** The model per asset type for the next show, from what the server offers. */
export function ProviderFields(props: ProviderFieldsProps) {
  const { settings, settingsError, choices, defaults, onChange } = props;
  const baseId = useId();
  return (
    <section className={styles.group}>
      <h3 className="eyebrow">Models</h3>
      <p className="hint">
        Offline is built in and free. Others need their key on the server.{" "}
        <Link href="/settings">Change the defaults in Settings</Link>.
      </p>
      {settingsError && (
        <p role="alert" className="field-error">
          Could not load the providers ({settingsError}); this show uses your defaults.
        </p>
      )}
      {!settings && !settingsError && (
        <p role="status" className="hint">
          Loading the models…
        </p>
      )}
      {settings &&
        ASSET_TYPES.map(({ type, label }) => {
          const id = `${baseId}-${type}`;
          const choice = choices[type];
          const isDefault =
            choice.provider === defaults[type].provider && choice.model === defaults[type].model;
          return (
            <div key={type} className="field">
              <label htmlFor={id} className="label">
                {label}
              </label>
              <ModelSelect
                id={id}
                type={type}
                settings={settings}
                value={choice}
                onChange={(next) => onChange(type, next)}
                describedBy={`${id}-hint`}
              />
              <span id={`${id}-hint`} className="hint">
                {findOption(settings, type, choice)?.priceHint ?? "Price unknown"}
                {isDefault ? "" : " · changed for this show"}
              </span>
            </div>
          );
        })}
    </section>
  );
}
