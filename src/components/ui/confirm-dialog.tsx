"use client";

import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import styles from "./confirm-dialog.module.css";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** The dismiss button; "Keep it" suits a destructive confirmation, not every dialog. */
  cancelLabel?: string;
  tone?: "danger" | "primary";
  /** Nothing left to confirm (the thing changed while the dialog was open): only dismiss. */
  confirmHidden?: boolean;
  /** Resolves when done; a rejection's message is shown in the dialog. */
  onConfirm: () => Promise<void> | void;
  onClose: () => void;
}

/** A modal confirmation on the native <dialog>, which brings role, focus trap and Escape. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const {
    open,
    title,
    children,
    confirmLabel,
    cancelLabel = "Keep it",
    tone = "danger",
    confirmHidden = false,
    onConfirm,
    onClose,
  } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) {
      setError(null);
      dialog.showModal();
    } else if (!open && dialog?.open) {
      dialog.close();
    }
  }, [open]);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : "Something went wrong");
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className={styles.body}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        {children && <div className={styles.content}>{children}</div>}
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className={styles.actions}>
        <button type="button" className="btn btn-ghost" onClick={onClose} disabled={busy}>
          {cancelLabel}
        </button>
        {!confirmHidden && (
          <button
            type="button"
            className={`btn ${tone === "danger" ? "btn-danger" : "btn-primary"}`}
            onClick={() => void confirm()}
            disabled={busy}
          >
            {busy ? "Working…" : confirmLabel}
          </button>
        )}
      </div>
    </dialog>
  );
}
