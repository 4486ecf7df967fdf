import type { TaskEvent } from "@/lib/client/types";
import { progressEventText } from "../tasks/progress-text";
import { LocalTime } from "../ui/local-time";
import styles from "./task-detail.module.css";

const TONE: Record<string, string> = {
  succeeded: styles.good ?? "",
  failed: styles.bad ?? "",
  error: styles.bad ?? "",
  expired: styles.bad ?? "",
  worker_lost: styles.warn ?? "",
  retry: styles.warn ?? "",
  canceled: styles.warn ?? "",
};

export function TaskTimeline({ events }: { events: TaskEvent[] }) {
  return (
    <section aria-labelledby="timeline-heading" className={styles.timelineSection}>
      <h2 id="timeline-heading">Timeline</h2>
      {events.length === 0 ? (
        <p className="muted">No events yet.</p>
      ) : (
        <ol className={styles.timeline} data-testid="timeline">
          {events.map((event, index) => (
            <li
              key={event.id}
              className={`${styles.event} ${TONE[event.type] ?? ""}`}
              data-type={event.type}
              aria-current={index === events.length - 1 ? "step" : undefined}
            >
              <LocalTime iso={event.at} className={styles.eventTime} />
              <span className={styles.eventType}>{event.type.replaceAll("_", " ")}</span>
              <p className={styles.eventMessage}>
                {event.type === "progress" ? progressEventText(event.message) : event.message}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
