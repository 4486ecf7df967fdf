"use client";

import { useSettings } from "@/hooks/use-settings";
import { DefaultModelsSection } from "./default-models-section";
import { PromptTemplatesSection } from "./prompt-templates-section";
import { ProvidersSection } from "./providers-section";
import styles from "./settings.module.css";

/** The settings page: defaults for new shows, providers, prompt templates. */
export function SettingsPanel() {
  const { settings, error } = useSettings();
  return (
    <div className={styles.panel}>
      {error && (
        <p role="alert" className="field-error">
          Could not load the provider settings: {error}
        </p>
      )}
      {!settings && !error && (
        <p role="status" className="muted">
          Loading settings…
        </p>
      )}
      {settings && <DefaultModelsSection settings={settings} />}
      {settings && <ProvidersSection settings={settings} />}
      <PromptTemplatesSection />
    </div>
  );
}
