import type { ReactNode } from "react";
import { formatCost } from "@/lib/client/format";
import type { TaskDetail } from "@/lib/client/types";
import { LocalTime } from "../ui/local-time";
import styles from "./task-detail.module.css";

/** Provider and model are not Task fields; handlers usually record them in the result or checkpoint. */
function findString(sources: unknown[], key: string): string | null {
  for (const source of sources) {
    if (source && typeof source === "object" && key in source) {
      const value = (source as Record<string, unknown>)[key];
      if (typeof value === "string" && value) {
        return value;
      }
    }
  }
  return null;
}

export function TaskFacts({ detail }: { detail: TaskDetail }) {
  const nested = (value: unknown) =>
    value && typeof value === "object" ? (value as Record<string, unknown>).asset : undefined;
  // Video kinds checkpoint `{ provider, jobId, asset }`; image kinds return `{ asset }`.
  const sources = [
    detail.result,
    nested(detail.result),
    detail.checkpoint,
    nested(detail.checkpoint),
    detail.input,
  ];
  const provider = detail.error?.provider ?? findString(sources, "provider");
  const model = findString(sources, "model");
  const time = (iso: string | null) => (iso ? <LocalTime iso={iso} /> : "—");
  const rows: [string, ReactNode][] = [
    ["Attempt", `${detail.attempt} of ${detail.maxAttempts}`],
    ["Provider", provider ?? "—"],
    ["Model", model ?? "—"],
    ["Cost", formatCost(detail.costUsd)],
    ["Requested", time(detail.createdAt)],
    ["Started", time(detail.startedAt)],
    ["Last heartbeat", time(detail.heartbeatAt)],
    ["Finished", time(detail.finishedAt)],
    ["Kind", detail.kind],
    ["Task id", detail.id],
  ];
  return (
    <aside aria-label="Task facts" className={`card ${styles.facts}`}>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd className={term === "Task id" ? "mono" : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
