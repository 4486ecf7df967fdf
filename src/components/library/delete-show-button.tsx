"use client";

import { useState } from "react";
import { untitled } from "@/hooks/use-show-directory";
import type { ShowSummary } from "@/lib/client/types";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Icon } from "../ui/icon";

interface DeleteShowButtonProps {
  show: ShowSummary;
  onDelete: () => Promise<void>;
}

export function DeleteShowButton({ show, onDelete }: DeleteShowButtonProps) {
  const [open, setOpen] = useState(false);
  const title = show.title ?? untitled(show.premise);
  return (
    <>
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        aria-label={`Delete ${title}`}
        title="Delete"
        onClick={() => setOpen(true)}
      >
        <Icon name="trash" />
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete “${title}”?`}
        confirmLabel="Delete show"
        onConfirm={onDelete}
        onClose={() => setOpen(false)}
      >
        <p>
          Its blueprint, cast, every generated file and version go for good, and its running tasks
          are canceled.
        </p>
      </ConfirmDialog>
    </>
  );
}
