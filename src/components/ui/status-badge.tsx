import type { TaskStatus } from "@/lib/client/types";

const LOOK: Record<TaskStatus, { label: string; className: string; pulse?: boolean }> = {
  queued: { label: "Queued", className: "badge badge-info" },
  running: { label: "Running", className: "badge badge-accent", pulse: true },
  succeeded: { label: "Done", className: "badge badge-accent" },
  failed: { label: "Failed", className: "badge badge-danger" },
  canceled: { label: "Canceled", className: "badge" },
};

export function StatusBadge({ status }: { status: TaskStatus }) {
  const look = LOOK[status];
  return (
    <span className={look.className} data-status={status}>
      <span className={`dot ${look.pulse ? "dot-pulse" : ""}`} aria-hidden="true" />
      {look.label}
    </span>
  );
}
