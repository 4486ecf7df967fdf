"use client";

import Link from "next/link";
import type { ShowDirectoryEntry } from "@/hooks/use-show-directory";
import { isActiveStatus } from "@/lib/client/task-status";
import type { Task } from "@/lib/client/types";
import { Elapsed } from "../ui/elapsed";
import { Icon } from "../ui/icon";
import { ProgressBar } from "../ui/progress-bar";
import { CancelTaskButton } from "./cancel-task-button";
import { KindIcon } from "./kind-icon";
import { progressLine } from "./progress-text";
import { RetryTaskButton } from "./retry-task-button";
import { offersRewrite, RewriteRetryButton } from "./rewrite-retry-button";
import styles from "./task-dock.module.css";

interface TaskDockItemProps {
  /** The newest task for its target. */
  task: Task;
  /** How many tasks ran for this target lately (the dock folds repeats into one row). */
  count: number;
  show: ShowDirectoryEntry | undefined;
}

export function TaskDockItem({ task, count, show }: TaskDockItemProps) {
  const active = isActiveStatus(task.status);
  return (
    <li
      className={`${styles.item} ${task.status === "succeeded" ? styles.compact : ""}`}
      data-testid="dock-task"
      data-task-id={task.id}
      data-status={task.status}
    >
      <KindIcon kind={task.kind} />
      <div className={styles.itemBody}>
        <div className={styles.itemTop}>
          <Link href={`/tasks/${task.id}`} className={styles.itemTitle}>
            {task.title}
          </Link>
          {task.version > 1 && (
            <span
              className={styles.take}
              title={count > 1 ? `${count} runs of this in the last ten minutes` : undefined}
            >
              take {task.version}
              {count > 1 ? ` · ×${count}` : ""}
            </span>
          )}
          {active ? (
            <Elapsed task={task} className={styles.elapsed} />
          ) : (
            <FinishedMark task={task} />
          )}
        </div>
        <div className={styles.itemMeta}>
          {show ? (
            <Link href={`/shows/${show.slug}`} className={styles.showLink}>
              {show.title}
            </Link>
          ) : (
            <span>…</span>
          )}
          {active && <span className={styles.stage}>{stageText(task)}</span>}
        </div>
        {active && (
          <ProgressBar
            value={task.status === "queued" || task.progress <= 0 ? null : task.progress}
            label={`${task.title} progress`}
          />
        )}
        {task.status === "failed" && (
          <p className={styles.failure} data-testid="dock-error">
            {task.error?.message ?? failureText(task)}
          </p>
        )}
        <div className={styles.itemActions}>
          {active && <CancelTaskButton task={task} />}
          {task.status === "failed" && <RetryTaskButton task={task} />}
          {offersRewrite(task) && <RewriteRetryButton task={task} onRewritten={focusDockRow} />}
        </div>
      </div>
    </li>
  );
}

/** The new version's row appears once the store has it: move the keyboard focus there. */
function focusDockRow(next: Task) {
  requestAnimationFrame(() => {
    document
      .querySelector<HTMLElement>(`[data-testid="dock-task"][data-task-id="${next.id}"] a`)
      ?.focus();
  });
}

function FinishedMark({ task }: { task: Task }) {
  if (task.status === "succeeded") {
    return (
      <span className={styles.done}>
        <Icon name="check" size={15} />
        <span className="visually-hidden">Succeeded</span>
      </span>
    );
  }
  return (
    <span className={task.status === "failed" ? styles.failed : styles.canceled}>
      {task.status === "failed" ? "Failed" : "Canceled"}
    </span>
  );
}

function stageText(task: Task): string {
  if (task.status === "queued") {
    return "Waiting for a worker…";
  }
  return progressLine(task.stage || "Starting", task.progress > 0 ? task.progress : null);
}

function failureText(task: Task): string {
  return task.failureReason === "expired" ? "It ran past its deadline." : "It failed.";
}
