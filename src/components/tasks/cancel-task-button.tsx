"use client";

import { useEffect, useState } from "react";
import { useTaskActions } from "@/hooks/use-tasks";
import { api } from "@/lib/client/api";
import type { Task } from "@/lib/client/types";
import { ConfirmDialog } from "../ui/confirm-dialog";

interface CancelTaskButtonProps {
  task: Task;
  className?: string;
}

/** Cancel with a confirmation that says whether the provider job can really be stopped. */
export function CancelTaskButton({
  task,
  className = "btn btn-ghost btn-sm",
}: CancelTaskButtonProps) {
  const actions = useTaskActions();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    if (!open) {
      return;
    }
    let current = true;
    setNote(null);
    api
      .getTask(task.id)
      .then((detail) => current && setNote(detail.cancelNote ?? "The task stops at once."))
      .catch(() => current && setNote("The task stops at once."));
    return () => {
      current = false;
    };
  }, [open, task.id]);

  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => setOpen(true)}
        aria-label={`Cancel ${task.title}`}
      >
        Cancel
      </button>
      <ConfirmDialog
        open={open}
        title={`Cancel “${task.title}”?`}
        confirmLabel="Cancel task"
        onConfirm={async () => {
          await actions.cancel(task.id);
        }}
        onClose={() => setOpen(false)}
      >
        <p data-testid="cancel-note">
          {note ?? "Checking whether the provider job can be stopped…"}
        </p>
        <p className="hint">A canceled task keeps its timeline; you can start it again later.</p>
      </ConfirmDialog>
    </>
  );
}
