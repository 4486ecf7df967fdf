"use client";

import type { Task } from "@/lib/client/types";
import { useCancelDialog } from "./cancel-dialog";

interface CancelTaskButtonProps {
  task: Task;
  className?: string;
}

/** Cancel, after a confirmation that says whether the provider job can really be stopped. */
export function CancelTaskButton({
  task,
  className = "btn btn-ghost btn-sm",
}: CancelTaskButtonProps) {
  const openCancel = useCancelDialog();
  return (
    <button
      type="button"
      className={className}
      onClick={() => openCancel(task)}
      aria-label={`Cancel ${task.title}`}
    >
      Cancel
    </button>
  );
}
