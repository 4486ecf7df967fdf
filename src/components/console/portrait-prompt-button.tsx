"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTaskActions } from "@/hooks/use-tasks";
import { api, errorMessage } from "@/lib/client/api";
import type { Character, ShowDetail } from "@/lib/client/types";
import { textLimits } from "@/server/shows/text-limits";
import { CharCount } from "../ui/char-count";
import { Icon } from "../ui/icon";
import styles from "./console.module.css";

interface PortraitPromptButtonProps {
  show: ShowDetail;
  character: Character;
  onChange: (show: ShowDetail) => void;
}

/** Edit the portrait prompt (an override of the dossier's guidance), then optionally regenerate. */
export function PortraitPromptButton({ show, character, onChange }: PortraitPromptButtonProps) {
  const actions = useTaskActions();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [prompt, setPrompt] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setPrompt(
        character.portraitPrompt ??
          character.portrait?.prompt ??
          character.dossier?.portraitGuidance ??
          "",
      );
      setError(null);
      dialog.current?.showModal();
    } else {
      dialog.current?.close();
    }
  }, [open, character]);

  const save = async (regenerate: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const portraitPrompt = prompt.trim() === "" ? null : prompt.trim();
      onChange(await api.updateCharacter(show.id, character.id, { portraitPrompt }));
      if (regenerate) {
        await actions.request(show.id, "portrait", character.id);
      }
      setOpen(false);
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="btn btn-ghost btn-sm" onClick={() => setOpen(true)}>
        <Icon name="edit" size={14} /> Edit prompt
      </button>
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
      >
        <div className={styles.promptDialog}>
          <h2 id={titleId}>Portrait prompt · {character.name}</h2>
          <label className="field">
            <span className="label">Prompt</span>
            <textarea
              className="textarea"
              rows={7}
              value={prompt}
              maxLength={textLimits.prompt}
              onChange={(event) => setPrompt(event.target.value)}
            />
            <CharCount length={prompt.length} max={textLimits.prompt} />
            <span className="hint">Leave empty to go back to the dossier’s guidance.</span>
          </label>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <div className={styles.promptActions}>
            <button type="button" className="btn btn-ghost" onClick={() => setOpen(false)}>
              Close
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => void save(false)}>
              Save
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() => void save(true)}
            >
              Save & regenerate
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
