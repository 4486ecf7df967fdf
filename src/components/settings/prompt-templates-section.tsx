"use client";

import { useEffect, useState } from "react";
import { api, errorMessage } from "@/lib/client/api";
import type { PromptTemplate } from "@/lib/client/types";
import { PromptTemplateEditor } from "./prompt-template-editor";
import styles from "./settings.module.css";
import { SettingsSection } from "./settings-section";

/** Every prompt template, editable, for all shows on this server. */
export function PromptTemplatesSection() {
  const [templates, setTemplates] = useState<PromptTemplate[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api
      .listPromptTemplates()
      .then(setTemplates)
      .catch((cause) => setError(errorMessage(cause)));
  }, []);

  const customized = templates?.filter((template) => template.customized).length ?? 0;
  return (
    <SettingsSection
      id="prompts"
      title="Prompt templates"
      description={
        <>
          Shared by every show on this server; the next generation of that kind uses the new text.{" "}
          <code className="mono">{"{{slots}}"}</code> are filled from the show. A character's own
          portrait prompt replaces the portrait template for that character.
        </>
      }
    >
      {error && (
        <p role="alert" className="field-error">
          Could not load the templates: {error}
        </p>
      )}
      {templates && (
        <p className="hint">
          {customized === 0
            ? "All templates are the defaults."
            : `${customized} of ${templates.length} customized.`}
        </p>
      )}
      <ul className={styles.templates} aria-busy={templates === null && !error}>
        {templates?.map((template) => (
          <li key={template.key}>
            <PromptTemplateEditor template={template} onSaved={setTemplates} />
          </li>
        ))}
      </ul>
    </SettingsSection>
  );
}
