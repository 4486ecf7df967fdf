"use client";

import { useId, useState } from "react";
import { useTaskStore } from "@/hooks/use-tasks";
import { api, errorMessage } from "@/lib/client/api";
import type { Task } from "@/lib/client/types";
import { CharCount } from "../ui/char-count";
import { ConfirmDialog } from "../ui/confirm-dialog";

/** The server's limit on an edited prompt (POST /api/tasks/:id/rewrite). */
const PROMPT_MAX = 8_000;

interface RewriteRetryButtonProps {
  task: Task;
  className?: string;
  /** The new version, once the server made it: the caller navigates or focuses it. */
  onRewritten?: (task: Task) => void;
}

/** Whether moderation blocked this task, so a reworded prompt may get through. */
export const offersRewrite = (task: Task) =>
  task.status === "failed" && (task.error?.code === "moderation" || task.error?.code === "refusal");

/**
 * "Rewrite and retry" for a task moderation blocked: the text provider's proposed rewrite of the
 * blocked prompt, editable, then a new version of the task with that prompt.
 */
export function RewriteRetryButton({
  task,
  className = "btn btn-sm",
  onRewritten,
}: RewriteRetryButtonProps) {
  const store = useTaskStore();
  const fieldId = useId();
  const [open, setOpen] = useState(false);
  const [prompt, setPrompt] = useState<string | null>(null);
  const [before, setBefore] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const start = () => {
    setOpen(true);
    setLoadError(null);
    if (prompt !== null) {
      return;
    }
    api
      .proposeRewrite(task.id)
      .then((proposal) => {
        setBefore(proposal.before);
        setPrompt(proposal.proposed);
      })
      .catch((cause) => setLoadError(errorMessage(cause)));
  };

  const submit = async () => {
    if (!prompt?.trim()) {
      throw new Error("Write the prompt to try");
    }
    const next = await api.rewriteTask(task.id, prompt);
    store.upsert(next);
    onRewritten?.(next);
  };

  return (
    <>
      <button
        type="button"
        className={className}
        onClick={start}
        aria-label={`Rewrite and retry ${task.title}`}
      >
        Rewrite and retry
      </button>
      <ConfirmDialog
        open={open}
        title="Rewrite and retry"
        confirmLabel="Retry with this prompt"
        cancelLabel="Cancel"
        tone="primary"
        onConfirm={submit}
        onClose={() => setOpen(false)}
      >
        <p>
          Moderation blocked <strong>{task.title}</strong>. Here is the prompt reworded to get
          through; edit it as you like, and a new version runs with it.
        </p>
        {loadError && (
          <p role="alert" className="field-error">
            {loadError}
          </p>
        )}
        {prompt === null && !loadError && (
          <p role="status" className="muted">
            Rewording the blocked prompt…
          </p>
        )}
        {prompt !== null && (
          <div className="field">
            <label htmlFor={fieldId} className="label">
              Prompt
            </label>
            <textarea
              id={fieldId}
              className="textarea"
              rows={8}
              value={prompt}
              maxLength={PROMPT_MAX}
              data-testid="rewrite-prompt"
              onChange={(event) => setPrompt(event.target.value)}
            />
            <CharCount length={prompt.length} max={PROMPT_MAX} />
          </div>
        )}
        {before && (
          <details>
            <summary>The blocked prompt</summary>
            <p className="mono">{before}</p>
          </details>
        )}
      </ConfirmDialog>
    </>
  );
}
