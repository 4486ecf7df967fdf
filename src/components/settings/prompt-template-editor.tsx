"use client";

import { useEffect, useId, useState } from "react";
import { api, errorMessage } from "@/lib/client/api";
import type { PromptTemplate } from "@/lib/client/types";
import { ConfirmDialog } from "../ui/confirm-dialog";
import styles from "./settings.module.css";
import { TEMPLATE_MAX, TEMPLATE_MIN, templateLabel, templateSlots } from "./template-labels";

interface PromptTemplateEditorProps {
  template: PromptTemplate;
  /** Receives the server's list after a save or reset. */
  onSaved: (templates: PromptTemplate[]) => void;
}

/** One template, collapsed to its name until opened: edit, save, or reset to the default. */
export function PromptTemplateEditor({ template, onSaved }: PromptTemplateEditorProps) {
  const id = useId();
  const { label, makes } = templateLabel(template.key);
  const [draft, setDraft] = useState(template.body);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [confirming, setConfirming] = useState(false);

  useEffect(() => setDraft(template.body), [template.body]);

  const length = draft.trim().length;
  const invalid = length < TEMPLATE_MIN || length > TEMPLATE_MAX;
  const dirty = draft !== template.body;

  const run = async (action: () => Promise<PromptTemplate[]>, done: string) => {
    setBusy(true);
    setError(null);
    setStatus("");
    try {
      onSaved(await action());
      setStatus(done);
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className={styles.template} data-testid={`template-${template.key}`}>
      <summary>
        <span className={styles.templateName}>{label}</span>
        <span className="hint">{makes}</span>
        {template.customized && <span className="badge badge-gold">Customized</span>}
      </summary>
      <div className={styles.templateBody}>
        <label htmlFor={id} className="visually-hidden">
          {label} template
        </label>
        <textarea
          id={id}
          className="textarea mono"
          rows={5}
          value={draft}
          maxLength={TEMPLATE_MAX}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-slots`}
          onChange={(event) => setDraft(event.target.value)}
        />
        <p id={`${id}-slots`} className="hint">
          Slots the default uses:{" "}
          {templateSlots(template.defaultBody).map((slot) => (
            <code key={slot} className={styles.slot}>{`{{${slot}}}`}</code>
          ))}
          {invalid && ` · between ${TEMPLATE_MIN} and ${TEMPLATE_MAX} characters`}
        </p>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className={styles.templateActions}>
          <button
            type="button"
            className="btn btn-primary btn-sm"
            disabled={busy || !dirty || invalid}
            onClick={() => void run(() => api.savePromptTemplate(template.key, draft), "Saved.")}
          >
            Save
          </button>
          {dirty && (
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={() => setDraft(template.body)}
            >
              Discard changes
            </button>
          )}
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            disabled={busy || !template.customized}
            onClick={() => setConfirming(true)}
          >
            Reset to default
          </button>
          <span role="status" className="hint">
            {status}
          </span>
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Reset the ${label.toLowerCase()} template?`}
        confirmLabel="Reset to default"
        onConfirm={() => run(() => api.resetPromptTemplate(template.key), "Back to the default.")}
        onClose={() => setConfirming(false)}
      >
        <p>Your version is replaced by the built-in one for every show's next generation.</p>
      </ConfirmDialog>
    </details>
  );
}
