"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { useTask, useTaskChanges } from "@/hooks/use-tasks";
import { api, errorMessage } from "@/lib/client/api";
import { isActiveStatus } from "@/lib/client/task-status";
import type { TaskChange } from "@/lib/client/task-store";
import type { TaskDetail } from "@/lib/client/types";
import { CancelTaskButton } from "../tasks/cancel-task-button";
import { KindIcon } from "../tasks/kind-icon";
import { progressLine } from "../tasks/progress-text";
import { RetryTaskButton } from "../tasks/retry-task-button";
import { offersRewrite, RewriteRetryButton } from "../tasks/rewrite-retry-button";
import { Elapsed } from "../ui/elapsed";
import { ProgressBar } from "../ui/progress-bar";
import { StatusBadge } from "../ui/status-badge";
import type { TaskShowLink } from "./load-task";
import styles from "./task-detail.module.css";
import { TaskFacts } from "./task-facts";
import { TaskTimeline } from "./task-timeline";

interface TaskDetailViewProps {
  /** The server's render of the task; the live stream and refetches keep it current. */
  initial: TaskDetail;
  show: TaskShowLink;
}

/** One task and its whole timeline: the answer to "where did it stop?". */
export function TaskDetailView({ initial, show }: TaskDetailViewProps) {
  const router = useRouter();
  const id = initial.id;
  const [detail, setDetail] = useState<TaskDetail>(initial);
  const [error, setError] = useState<string | null>(null);
  const live = useTask(id);

  // A client navigation to another task renders this component again with new props.
  useEffect(() => setDetail(initial), [initial]);

  const load = useCallback(() => {
    api
      .getTask(id)
      .then((next) => {
        setDetail(next);
        setError(null);
      })
      .catch((cause) => setError(errorMessage(cause)));
  }, [id]);

  const onChange = useCallback(
    ({ task, event }: TaskChange) => {
      if (task.id === id && event) {
        load();
      }
    },
    [id, load],
  );
  useTaskChanges(onChange);

  // The stream's copy is fresher for progress and stage; the detail adds the timeline.
  const task = live && live.status === detail.status ? { ...detail, ...live } : detail;
  const active = isActiveStatus(task.status);

  return (
    <article
      className={styles.detail}
      data-testid="task-detail"
      data-task-id={task.id}
      data-status={task.status}
    >
      <header className={styles.header}>
        <KindIcon kind={task.kind} />
        <div className={styles.headline}>
          <h1>{task.title}</h1>
          <p className="muted">
            <Link href={`/shows/${show.slug}`}>{show.title}</Link> · take {task.version}
          </p>
        </div>
        <StatusBadge status={task.status} />
      </header>
      {active && (
        <div className={styles.live}>
          <div className={styles.liveRow}>
            <span>
              {task.status === "queued"
                ? "Waiting for a worker"
                : progressLine(task.stage || "Starting", task.progress > 0 ? task.progress : null)}
            </span>
            <Elapsed task={task} className="mono" />
          </div>
          <ProgressBar
            value={task.status === "queued" || task.progress <= 0 ? null : task.progress}
            label="Task progress"
          />
        </div>
      )}
      {task.error && (
        <div className={styles.error} role="alert" data-testid="task-error">
          <strong>
            {task.failureReason === "expired" ? "Ran past its deadline" : "What went wrong"}
          </strong>
          <p>{task.error.message}</p>
          <p className="mono muted">
            {task.error.code}
            {task.error.provider ? ` · ${task.error.provider}` : ""}
            {task.error.requestId ? ` · request ${task.error.requestId}` : ""}
            {task.error.retryable ? " · retryable" : " · not retryable"}
          </p>
        </div>
      )}
      <div className={styles.actions}>
        {active && <CancelTaskButton task={task} className="btn btn-danger" />}
        {offersRewrite(task) && (
          <RewriteRetryButton
            task={task}
            className="btn btn-primary"
            onRewritten={(next) => router.push(`/tasks/${next.id}`)}
          />
        )}
        {(task.status === "failed" || task.status === "canceled") && (
          <RetryTaskButton
            task={task}
            className={offersRewrite(task) ? "btn" : "btn btn-primary"}
            onRetried={(next) => router.push(`/tasks/${next.id}`)}
          />
        )}
        <Link href={`/shows/${show.slug}`} className="btn">
          Open show
        </Link>
      </div>
      {error && (
        <p role="alert" className="field-error">
          Could not refresh the timeline: {error}
        </p>
      )}
      <div className={styles.columns}>
        <TaskTimeline events={detail.events} />
        <TaskFacts detail={{ ...detail, ...task }} />
      </div>
    </article>
  );
}
