"use client";

import { useState } from "react";
import { Icon } from "../ui/icon";
import { splitSucceeded } from "./dock-tasks";
import { NotifyToggle } from "./notify-toggle";
import styles from "./task-dock.module.css";
import { TaskDockItem } from "./task-dock-item";
import type { DockModel } from "./use-dock";

interface DockListProps {
  model: DockModel;
  id: string;
  onMinimize: () => void;
}

/** The open dock: its summary, the notification switch, and one row per target. */
export function DockList({ model, id, onMinimize }: DockListProps) {
  const [showAll, setShowAll] = useState(false);
  const { shown, hidden } = splitSucceeded(model.rows, showAll);
  return (
    <section id={id} className={styles.panel} aria-label="Tasks">
      <header className={styles.header}>
        <span className={model.anyActive ? styles.spinner : styles.idle} aria-hidden="true" />
        <h2 className={styles.heading} data-testid="dock-summary">
          {model.summary}
        </h2>
        {model.reconnecting && (
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
          aria-controls={id}
          onClick={onMinimize}
        >
          <Icon name="chevronDown" />
        </button>
      </header>
      <ul className={styles.list}>
        {shown.map((row) => (
          <TaskDockItem
            key={row.task.id}
            task={row.task}
            count={row.count}
            show={model.directory.get(row.task.showId)}
          />
        ))}
      </ul>
      {(hidden > 0 || showAll) && (
        <button type="button" className={styles.more} onClick={() => setShowAll(!showAll)}>
          {showAll ? "Show fewer" : `${hidden} more finished`}
        </button>
      )}
    </section>
  );
}

/** The closed dock's face: a spinner or a dot, and the summary. */
export function DockSummary({ model }: { model: DockModel }) {
  return (
    <>
      <span className={model.anyActive ? styles.spinner : styles.idle} aria-hidden="true" />
      <span className={styles.summaryText}>{model.summary}</span>
      {model.reconnecting && <span className={styles.reconnecting}>· reconnecting</span>}
    </>
  );
}
