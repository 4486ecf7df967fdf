"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { isPublicPage } from "../nav/public-pages";
import { DockList, DockSummary } from "./dock-list";
import styles from "./task-dock.module.css";
import { useDockModel } from "./use-dock";

/** How long the bar stays after everything finished well (a failure keeps it until looked at). */
const LINGER_MS = 30_000;

/**
 * The dock on a phone: a bar along the bottom edge that opens into a sheet. The page keeps room
 * for the bar at its end, so it never covers the last button; the sheet opens only when asked,
 * closes itself when everything is done, and the bar goes a little later.
 */
export function TaskDockSheet() {
  const model = useDockModel();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wasActive = useRef(model.anyActive);
  const pathname = usePathname();

  // When the last running task ends the sheet folds back to its bar, which still says how it
  // ended ("1 task failed" stays until looked at).
  useEffect(() => {
    if (wasActive.current && !model.anyActive) {
      setOpen(false);
    }
    wasActive.current = model.anyActive;
  }, [model.anyActive]);

  if (isPublicPage(pathname)) {
    return null;
  }
  const settled = !model.anyActive && model.failed === 0 && !model.reconnecting;
  const lingering = model.now > 0 && model.now - model.lastFinishedAt < LINGER_MS;
  const shown = (model.rows.length > 0 || model.reconnecting) && (!settled || lingering || open);
  if (!shown) {
    return null;
  }
  return (
    <>
      <div className={styles.sheetRoom} aria-hidden="true" />
      <aside className={styles.sheet} aria-label="Task dock" data-testid="task-dock">
        {open ? (
          <DockList model={model} id={panelId} onMinimize={() => setOpen(false)} />
        ) : (
          <button
            type="button"
            className={styles.bar}
            aria-expanded={false}
            aria-controls={panelId}
            onClick={() => setOpen(true)}
          >
            <DockSummary model={model} />
            <span className={styles.barHint}>Show</span>
          </button>
        )}
      </aside>
    </>
  );
}
