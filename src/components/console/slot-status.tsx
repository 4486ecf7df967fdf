"use client";

import Link from "next/link";
import type { SlotState } from "@/hooks/use-slot-task";
import { CancelTaskButton } from "../tasks/cancel-task-button";
import { progressLine } from "../tasks/progress-text";
import { RetryTaskButton } from "../tasks/retry-task-button";
import { Elapsed } from "../ui/elapsed";
import { Icon } from "../ui/icon";
import { ProgressBar } from "../ui/progress-bar";
import styles from "./slot-status.module.css";

/** The live line under a slot: queued / running with progress, or the failure with Retry. */
export function SlotStatus({ state }: { state: SlotState }) {
  if (state.kind === "active" || state.kind === "finishing") {
    const { task } = state;
    const queued = task.status === "queued";
    const stage =
      state.kind === "finishing"
        ? "Saving…"
        : queued
          ? "Queued — waiting for a worker"
          : progressLine(task.stage || "Working", task.progress > 0 ? task.progress : null);
    return (
      <div
        className={styles.status}
        data-testid="slot-status"
        data-task-id={task.id}
        data-status={task.status}
      >
        <div className={styles.row}>
          <span className={styles.stage}>
            <span className={`dot ${queued ? "" : "dot-pulse"}`} aria-hidden="true" /> {stage}
          </span>
          <Elapsed task={task} className={styles.elapsed} />
        </div>
        <ProgressBar
          value={
            state.kind === "finishing" ? 1 : queued || task.progress <= 0 ? null : task.progress
          }
          label={`${task.title} progress`}
        />
        <div className={styles.row}>
          <Link href={`/tasks/${task.id}`} className={styles.link}>
            Details
          </Link>
          {state.kind === "active" && <CancelTaskButton task={task} />}
        </div>
      </div>
    );
  }
  if (state.kind === "failed") {
    const { task } = state;
    // A cancel is something the user chose, not something that went wrong: no alarm colours.
    const canceled = task.status === "canceled";
    return (
      <div
        className={`${styles.status} ${canceled ? "" : styles.failed}`}
        data-testid="slot-status"
        data-task-id={task.id}
        data-status={task.status}
      >
        <p className={canceled ? styles.note : styles.reason} data-testid="slot-error">
          {!canceled && <Icon name="alert" size={14} />}
          <span>
            {canceled
              ? "Canceled. Nothing was kept from this take."
              : (task.error?.message ?? "The task failed.")}
          </span>
        </p>
        <div className={styles.row}>
          <Link href={`/tasks/${task.id}`} className={styles.link}>
            {canceled ? "Details" : "Where did it stop?"}
          </Link>
          <RetryTaskButton task={task} />
        </div>
      </div>
    );
  }
  return null;
}
