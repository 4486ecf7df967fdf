"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { DockList, DockSummary } from "./dock-list";
import styles from "./task-dock.module.css";
import { useDockModel } from "./use-dock";

/**
 * The dock on a wide screen: a pill in the header, so it never lies over the page. It opens only
 * when asked, as a panel under the header, and closes on Escape, a click elsewhere or a new page.
 */
export function TaskDockPill() {
  const model = useDockModel();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const pathname = usePathname();

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page is the trigger
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) {
      return;
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !document.querySelector("dialog[open]")) {
        setOpen(false);
      }
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      // A dialog opened from a row (cancel, rewrite) is not "elsewhere".
      const inDialog = target instanceof Element && target.closest("dialog");
      if (!root.current?.contains(target) && !inDialog) {
        setOpen(false);
      }
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  if (model.rows.length === 0 && !model.reconnecting) {
    return null;
  }
  return (
    <div ref={root} className={styles.pillDock} data-testid="task-dock">
      <button
        type="button"
        className={styles.pill}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        title={open ? "Hide the task list" : "Show the task list"}
      >
        <DockSummary model={model} />
      </button>
      {open && (
        <div className={styles.popover}>
          <DockList model={model} id={panelId} onMinimize={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}
