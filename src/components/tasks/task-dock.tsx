"use client";

import { useEffect, useId, useState } from "react";
import { useNow } from "@/hooks/use-now";
import { useShowDirectory } from "@/hooks/use-show-directory";
import { useStoredFlag } from "@/hooks/use-stored-flag";
import { useTaskSnapshot } from "@/hooks/use-tasks";
import { isActiveStatus } from "@/lib/client/task-status";
import { Icon } from "../ui/icon";
import { dockSummary, dockTasks, splitSucceeded } from "./dock-tasks";
import { NotifyToggle } from "./notify-toggle";
import styles from "./task-dock.module.css";
import { TaskDockItem } from "./task-dock-item";

/** The floating list of live and recently finished tasks; persists across pages in the layout. */
export function TaskDock() {
  const { tasks, connection } = useTaskSnapshot();
  const now = useNow();
  const [minimizedChoice, setMinimized] = useStoredFlag("greenlight.dock.minimized");
  const listed = dockTasks(tasks.values(), now);
  const directory = useShowDirectory([...new Set(listed.map((task) => task.showId))]);
  const panelId = useId();
  const [showAll, setShowAll] = useState(false);
  const [openedByActivity, setOpenedByActivity] = useState(false);
  const anyActive = listed.some((task) => isActiveStatus(task.status));
  useEffect(() => {
    if (anyActive) {
      setOpenedByActivity(true);
    }
  }, [anyActive]);
  const { shown, hidden } = splitSucceeded(listed, showAll);
  const reconnecting = connection === "reconnecting";

  if (listed.length === 0 && !reconnecting) {
    return null;
  }
  const summary = listed.length === 0 ? "Reconnecting…" : dockSummary(listed);
  // Until the user chooses, the dock opens once something runs and stays open to show how it ended.
  const minimized = minimizedChoice ?? !openedByActivity;

  return (
    <aside className={styles.dock} aria-label="Tasks" data-testid="task-dock">
      {minimized ? (
        <button
          type="button"
          className={styles.pill}
          aria-expanded={false}
          aria-controls={panelId}
          onClick={() => setMinimized(false)}
          data-testid="dock-summary"
        >
          <span className={anyActive ? styles.spinner : styles.idle} aria-hidden="true" />
          {summary}
          {reconnecting && <span className={styles.reconnecting}>· reconnecting</span>}
        </button>
      ) : (
        <section id={panelId} className={styles.panel}>
          <header className={styles.header}>
            <span className={anyActive ? styles.spinner : styles.idle} aria-hidden="true" />
            <h2 className={styles.heading} data-testid="dock-summary">
              {summary}
            </h2>
            {reconnecting && (
              <span className="badge badge-gold" role="status">
                Reconnecting…
              </span>
            )}
            <NotifyToggle />
            <button
              type="button"
              className="btn btn-ghost btn-icon"
              aria-label="Minimize task list"
              aria-expanded={true}
              aria-controls={panelId}
              onClick={() => setMinimized(true)}
            >
              <Icon name="chevronDown" />
            </button>
          </header>
          <ul className={styles.list}>
            {shown.map((task) => (
              <TaskDockItem key={task.id} task={task} show={directory.get(task.showId)} />
            ))}
          </ul>
          {(hidden > 0 || showAll) && (
            <button type="button" className={styles.more} onClick={() => setShowAll(!showAll)}>
              {showAll ? "Show fewer" : `${hidden} more finished`}
            </button>
          )}
        </section>
      )}
    </aside>
  );
}
