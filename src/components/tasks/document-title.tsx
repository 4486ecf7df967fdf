"use client";

import { useEffect } from "react";
import { useTaskSnapshot } from "@/hooks/use-tasks";
import { isActiveStatus } from "@/lib/client/task-status";

const COUNT_PREFIX = /^\(\d+\)\s/;

/**
 * Prefixes the page title with the running count: "(2) Greenlight". Next.js rewrites the title on
 * navigation, so we watch <head> and put the prefix back.
 */
export function DocumentTitle() {
  const { tasks } = useTaskSnapshot();
  const running = [...tasks.values()].filter((task) => isActiveStatus(task.status)).length;

  useEffect(() => {
    const apply = () => {
      const base = document.title.replace(COUNT_PREFIX, "");
      const next = running > 0 ? `(${running}) ${base}` : base;
      if (document.title !== next) {
        document.title = next;
      }
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [running]);

  return null;
}
