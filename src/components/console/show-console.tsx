"use client";

import { Fragment, useEffect } from "react";
import { useShow } from "@/hooks/use-show";
import type { ShowDetail, Task } from "@/lib/client/types";
import { TaskSeedProvider } from "../tasks/task-seed";
import { AutopilotBanner } from "./autopilot-banner";
import styles from "./console.module.css";
import { ConsoleHero } from "./console-hero";
import { CONSOLE_SECTIONS } from "./console-sections";
import { EstimatesProvider } from "./estimates-context";
import { SectionNav } from "./section-nav";

interface ShowConsoleProps {
  /** The show as the server rendered it; refetched whenever one of its tasks succeeds. */
  initialShow: ShowDetail;
  /** Its tasks as the server read them, until the live stream reports them. */
  initialTasks: Task[];
}

/** The studio for one show: every part of the package with its live generation state. */
export function ShowConsole({ initialShow, initialTasks }: ShowConsoleProps) {
  const { show: loaded, replace } = useShow(initialShow.slug, initialShow, true);
  const show = loaded ?? initialShow;
  const title = show.title;

  useEffect(() => {
    if (title) {
      document.title = `${title} · Studio · Greenlight`;
    }
  }, [title]);

  return (
    <TaskSeedProvider tasks={initialTasks}>
      <EstimatesProvider show={show}>
        <div className={styles.console} data-testid="show-console" data-show-id={show.id}>
          <ConsoleHero show={show} onChange={replace} />
          <AutopilotBanner show={show} onChange={replace} />
          <SectionNav sections={CONSOLE_SECTIONS} />
          {CONSOLE_SECTIONS.map((section) => (
            <Fragment key={section.id}>{section.render({ show, onChange: replace })}</Fragment>
          ))}
        </div>
      </EstimatesProvider>
    </TaskSeedProvider>
  );
}
