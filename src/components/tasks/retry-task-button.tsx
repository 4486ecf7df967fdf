"use client";

import { useState } from "react";
import { useTaskActions } from "@/hooks/use-tasks";
import { errorMessage } from "@/lib/client/api";
import type { Task } from "@/lib/client/types";

interface RetryTaskButtonProps {
  task: Task;
  className?: string;
  onRetried?: (task: Task) => void;
}

export function RetryTaskButton({
  task,
  className = "btn btn-sm",
  onRetried,
}: RetryTaskButtonProps) {
  const actions = useTaskActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const retry = async () => {
    setBusy(true);
    setError(null);
    try {
      onRetried?.(await actions.retry(task.id));
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => void retry()}
        disabled={busy}
        aria-label={`Retry ${task.title}`}
      >
        {busy ? "Retrying…" : "Retry"}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
