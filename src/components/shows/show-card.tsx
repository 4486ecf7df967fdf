"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { untitled } from "@/hooks/use-show-directory";
import { useShowTasks, useTaskSnapshot } from "@/hooks/use-tasks";
import { formatCost } from "@/lib/client/format";
import { isActiveTask } from "@/lib/client/task-status";
import type { ShowSummary } from "@/lib/client/types";
import { isComplete, packageBadge } from "./package-label";
import styles from "./show-card.module.css";
import { ShowPoster } from "./show-poster";

interface ShowCardProps {
  show: ShowSummary;
  /** Extra controls under the card (e.g. Delete in the library). */
  actions?: ReactNode;
  priority?: boolean;
}

/** A show as a poster card: poster, title, logline, completion, spend and running tasks. */
export function ShowCard({ show, actions, priority }: ShowCardProps) {
  const { connection } = useTaskSnapshot();
  const liveTasks = useShowTasks(show.id).filter(isActiveTask).length;
  // Until the live stream has its snapshot, the list's own count is the best we know.
  const running = connection === "open" ? liveTasks : Math.max(liveTasks, show.activeTasks);
  const title = show.title ?? untitled(show.premise);
  const complete = isComplete(show.packageProgress);

  return (
    <article className={styles.card} data-testid="show-card" data-slug={show.slug}>
      {/* No prefetch: a grid of cards would render every console on the server at once, and hold
          the browser's few connections while the user creates a show (issue 14). */}
      <Link href={`/shows/${show.slug}`} className={styles.link} prefetch={false}>
        <div className={styles.posterFrame}>
          <ShowPoster poster={show.poster} title={title} seed={show.id} priority={priority} />
          <div className={styles.badges}>
            {running > 0 && (
              <span className="badge badge-accent" data-testid="running-badge">
                <span className="dot dot-pulse" aria-hidden="true" />
                {running} running
              </span>
            )}
          </div>
        </div>
        <div className={styles.body}>
          <h3 className={styles.title}>{title}</h3>
          <p className={styles.logline}>{show.logline ?? show.premise}</p>
        </div>
      </Link>
      <div className={styles.footer}>
        <div className={styles.facts}>
          <span
            className={complete ? "badge badge-accent" : "badge"}
            data-testid="completion-badge"
            title={`${show.packageProgress.made} of ${show.packageProgress.promised} parts of the package made`}
          >
            {packageBadge(show.packageProgress)}
          </span>
          <span className={styles.spend} data-testid="show-spend" title="Recorded spend">
            {formatCost(show.costUsd)}
            <span className="visually-hidden"> spent</span>
          </span>
        </div>
        {actions}
      </div>
    </article>
  );
}
