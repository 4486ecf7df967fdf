"use client";

import Link from "next/link";
import { useState } from "react";
import type { SlotState } from "@/hooks/use-slot-task";
import { useTaskActions } from "@/hooks/use-tasks";
import { errorMessage } from "@/lib/client/api";
import { Icon } from "../ui/icon";
import { useCostLabel } from "./estimates-context";

interface GenerateButtonProps {
  showId: string;
  kind: string;
  target?: string | null;
  state: SlotState;
  /** e.g. "Generate trailer"; "Regenerate" is used once something exists. */
  label: string;
  regenerateLabel?: string;
  disabled?: boolean;
  disabledReason?: string;
  className?: string;
}

/**
 * Starts a generation — or, when one is already running for this slot, links to it instead (the
 * server would dedupe a second request anyway).
 */
export function GenerateButton(props: GenerateButtonProps) {
  const { showId, kind, target = null, state, label, regenerateLabel = "Regenerate" } = props;
  const actions = useTaskActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cost = useCostLabel(kind);

  if (state.kind === "active" || state.kind === "finishing") {
    return (
      <Link
        href={`/tasks/${state.task.id}`}
        className="btn btn-sm"
        data-testid={`view-task-${kind}`}
      >
        View running task
      </Link>
    );
  }

  // A failed slot offers Retry (a new version of the same request) in its status line instead.
  if (state.kind === "failed") {
    return null;
  }

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      await actions.request(showId, kind, target);
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  const done = state.kind === "done";
  return (
    <>
      <button
        type="button"
        className={props.className ?? (done ? "btn btn-sm" : "btn btn-primary btn-sm")}
        onClick={() => void start()}
        disabled={busy || props.disabled}
        title={props.disabled ? props.disabledReason : undefined}
        data-testid={`generate-${kind}`}
      >
        <Icon name={done ? "refresh" : "sparkles"} size={14} />
        {busy ? "Starting…" : done ? regenerateLabel : label}
        {cost && !busy && (
          <span className="btn-cost" data-testid="generate-cost">
            <span className="visually-hidden">, estimated cost </span>
            {cost}
          </span>
        )}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
