"use client";

import { useEffect, useId, useRef } from "react";
import type { AssetType, ProviderChoice } from "@/lib/client/types";
import { textLimits } from "@/server/shows/text-limits";
import { CharCount } from "../ui/char-count";
import { Icon } from "../ui/icon";
import { ProviderFields } from "./provider-fields";
import { EMPTY_DRAFT } from "./settings-draft";
import styles from "./settings-drawer.module.css";
import type { NewShowSettings } from "./use-new-show-settings";

interface SettingsDrawerProps {
  open: boolean;
  state: NewShowSettings;
  onClose: () => void;
}

/** A side drawer (modal dialog) with the new show's generation settings. */
export function SettingsDrawer({ open, state, onClose }: SettingsDrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { draft, setDraft } = state;

  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) {
      dialog.showModal();
    } else if (!open && dialog?.open) {
      dialog.close();
    }
  }, [open]);

  const choose = (type: AssetType, choice: ProviderChoice) =>
    setDraft({ ...draft, providers: { ...draft.providers, [type]: choice } });

  return (
    <dialog ref={ref} className={styles.drawer} aria-labelledby={titleId} onClose={onClose}>
      <header className={styles.header}>
        <h2 id={titleId}>Generation settings</h2>
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          onClick={onClose}
          aria-label="Close settings"
        >
          <Icon name="x" />
        </button>
      </header>
      <div className={styles.body}>
        <ProviderFields
          settings={state.settings}
          settingsError={state.settingsError}
          choices={state.choices}
          defaults={state.defaults}
          onChange={choose}
        />
        <section className={styles.group}>
          <h3 className="eyebrow">Cast</h3>
          <label className="field">
            <span className="label">Characters</span>
            <input
              className="input"
              type="number"
              min={1}
              max={10}
              value={draft.characterCount}
              onChange={(event) =>
                setDraft({ ...draft, characterCount: clampCount(event.target.valueAsNumber) })
              }
            />
            <span className="hint">Between 1 and 10 principal characters (default 6).</span>
          </label>
        </section>
        <section className={styles.group}>
          <h3 className="eyebrow">Style guardrails</h3>
          <label className="field">
            <span className="label">Always respect</span>
            <textarea
              className="textarea"
              rows={4}
              value={draft.guardrails}
              maxLength={textLimits.guardrails}
              placeholder="e.g. No gore. Warm, hopeful palette. Everyone over 18."
              onChange={(event) => setDraft({ ...draft, guardrails: event.target.value })}
            />
            <span className="hint">Added to every prompt for this show.</span>
            <CharCount length={draft.guardrails.length} max={textLimits.guardrails} />
          </label>
        </section>
      </div>
      <footer className={styles.footer}>
        <button type="button" className="btn btn-ghost" onClick={() => setDraft(EMPTY_DRAFT)}>
          Reset to defaults
        </button>
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Done
        </button>
      </footer>
    </dialog>
  );
}

function clampCount(value: number): number {
  return Number.isFinite(value) ? Math.min(10, Math.max(1, Math.round(value))) : 1;
}
