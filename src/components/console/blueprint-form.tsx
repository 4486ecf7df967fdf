"use client";

import { type FormEvent, useState } from "react";
import { CharCount } from "@/components/ui/char-count";
import { api, errorMessage } from "@/lib/client/api";
import type { Blueprint, ShowDetail } from "@/lib/client/types";
import styles from "./blueprint.module.css";
import { BLUEPRINT_FIELDS, type BlueprintField, readField, writeField } from "./blueprint-fields";

interface BlueprintFormProps {
  showId: string;
  blueprint: Blueprint;
  onSaved: (show: ShowDetail) => void;
  onCancel: () => void;
}

/** Edits the blueprint in place; the server validates it with the same schema the writer uses. */
export function BlueprintForm({ showId, blueprint, onSaved, onCancel }: BlueprintFormProps) {
  const [draft, setDraft] = useState<Blueprint>(blueprint);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      onSaved(await api.updateShow(showId, { blueprint: draft }));
    } catch (cause) {
      setError(errorMessage(cause));
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(event) => void save(event)}
      aria-label="Edit blueprint"
    >
      <div className={styles.formGrid}>
        {BLUEPRINT_FIELDS.map((field) => (
          <BlueprintInput
            key={field.path}
            field={field}
            value={readField(draft, field)}
            onChange={(text) => setDraft(writeField(draft, field, text))}
          />
        ))}
      </div>
      <fieldset className={styles.paletteEdit}>
        <legend className="label">Palette</legend>
        {draft.visualAesthetics.palette.map((color, index) => (
          <label key={color.name} className={styles.colorField}>
            <input
              type="color"
              value={color.hex}
              aria-label={`${color.name} colour`}
              onChange={(event) => {
                const palette = draft.visualAesthetics.palette.map((item, at) =>
                  at === index ? { ...item, hex: event.target.value } : item,
                );
                setDraft({ ...draft, visualAesthetics: { ...draft.visualAesthetics, palette } });
              }}
            />
            <span>{color.name}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className={styles.formActions}>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? "Saving…" : "Save blueprint"}
        </button>
      </div>
    </form>
  );
}

interface BlueprintInputProps {
  field: BlueprintField;
  value: string;
  onChange: (text: string) => void;
}

function BlueprintInput({ field, value, onChange }: BlueprintInputProps) {
  const className = `field ${field.wide ? styles.wide : ""}`;
  const hint = field.list ? (
    <span className="hint">Separate with commas.</span>
  ) : field.max ? (
    <CharCount length={value.length} max={field.max} />
  ) : null;
  if (field.multiline) {
    return (
      <label className={className}>
        <span className="label">{field.label}</span>
        <textarea
          className="textarea"
          rows={3}
          value={value}
          maxLength={field.max}
          onChange={(event) => onChange(event.target.value)}
        />
        {hint}
      </label>
    );
  }
  return (
    <label className={className}>
      <span className="label">{field.label}</span>
      <input
        className="input"
        value={value}
        maxLength={field.max}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint}
    </label>
  );
}
