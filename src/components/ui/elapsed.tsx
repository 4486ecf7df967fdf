"use client";

import { useNow } from "@/hooks/use-now";
import { formatElapsed } from "@/lib/client/format";
import { elapsedMs } from "@/lib/client/task-status";
import type { Task } from "@/lib/client/types";

/** Ticking mm:ss from the server's timestamps, so it continues across navigation and reloads. */
export function Elapsed({ task, className }: { task: Task; className?: string }) {
  const now = useNow();
  const text = now === 0 ? "--:--" : formatElapsed(elapsedMs(task, now));
  return (
    <time className={className} data-testid="elapsed">
      {text}
    </time>
  );
}
