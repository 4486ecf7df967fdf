"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import { useTask, useTaskActions } from "@/hooks/use-tasks";
import { api } from "@/lib/client/api";
import { isActiveStatus } from "@/lib/client/task-status";
import type { Task } from "@/lib/client/types";
import { ConfirmDialog } from "../ui/confirm-dialog";

type OpenCancel = (task: Task) => void;

const CancelDialogContext = createContext<OpenCancel | null>(null);

/** Opens the one cancel confirmation of the page for a task. */
export function useCancelDialog(): OpenCancel {
  const open = useContext(CancelDialogContext);
  if (!open) {
    throw new Error("useCancelDialog needs <CancelDialogProvider> above it");
  }
  return open;
}

/**
 * One cancel confirmation for the whole page, above every Cancel button. A button belongs to a
 * row or a slot that disappears the moment its task ends; the dialog must outlive it, so that a
 * task finishing while the user reads the dialog is said, not silently closed.
 */
export function CancelDialogProvider({ children }: { children: ReactNode }) {
  const [opened, setOpened] = useState<Task | null>(null);
  const open = useCallback<OpenCancel>((task) => setOpened(task), []);
  return (
    <CancelDialogContext.Provider value={open}>
      {children}
      {opened && <CancelDialog key={opened.id} opened={opened} onClose={() => setOpened(null)} />}
    </CancelDialogContext.Provider>
  );
}

function CancelDialog({ opened, onClose }: { opened: Task; onClose: () => void }) {
  const actions = useTaskActions();
  const task = useTask(opened.id) ?? opened;
  const [note, setNote] = useState<string | null>(null);
  const finished = !isActiveStatus(task.status);

  useEffect(() => {
    let current = true;
    api
      .getTask(opened.id)
      .then((detail) => current && setNote(detail.cancelNote ?? "The task stops at once."))
      .catch(() => current && setNote("The task stops at once."));
    return () => {
      current = false;
    };
  }, [opened.id]);

  return (
    <ConfirmDialog
      open
      title={finished ? `“${task.title}” already finished` : `Cancel “${task.title}”?`}
      confirmLabel="Cancel task"
      cancelLabel={finished ? "Close" : "Keep it"}
      confirmHidden={finished}
      onConfirm={async () => {
        await actions.cancel(task.id);
      }}
      onClose={onClose}
    >
      {finished ? (
        <p data-testid="cancel-finished" role="status">
          {finishedMeanwhile(task)}
        </p>
      ) : (
        <>
          <p data-testid="cancel-note">
            {note ?? "Checking whether the provider job can be stopped…"}
          </p>
          <p className="hint">A canceled task keeps its timeline; you can start it again later.</p>
        </>
      )}
    </ConfirmDialog>
  );
}

function finishedMeanwhile(task: Task): string {
  switch (task.status) {
    case "succeeded":
      return "It finished while this was open and its result is saved: there is nothing left to cancel.";
    case "failed":
      return "It failed while this was open, so there is nothing left to cancel; its page says why.";
    default:
      return "It was canceled while this was open, perhaps from another tab.";
  }
}
