import type { TaskBusMessage } from "../events/task-bus";

const marks: Record<string, string> = {
  requested: "·",
  started: "▶",
  resumed: "↻",
  succeeded: "✓",
  failed: "✗",
  expired: "✗",
  canceled: "■",
  retry: "↻",
};

/**
 * A live progress display for a terminal: one line per milestone, and a status line that shows
 * the running tasks with their stage and percentage. Without a TTY, only the milestone lines.
 */
export function createProgressDisplay(output: NodeJS.WriteStream) {
  const running = new Map<string, { title: string; progress: number; stage: string }>();
  const tty = output.isTTY;
  const started = Date.now();
  const statusLine = () => {
    if (!tty) {
      return;
    }
    const parts = [...running.values()].map(
      (task) => `${task.title} ${Math.round(task.progress * 100)}%`,
    );
    const elapsed = ((Date.now() - started) / 1000).toFixed(0);
    const text = `  ${elapsed}s · ${parts.length} running${parts.length ? ` · ${parts.join(" · ")}` : ""}`;
    output.write(`\r\x1b[2K${text.slice(0, (output.columns ?? 100) - 1)}`);
  };
  return {
    onMessage(message: TaskBusMessage) {
      if (message.type === "job_nudge") {
        return;
      }
      const { task } = message;
      if (message.type === "progress") {
        running.set(task.id, { title: task.title, progress: task.progress, stage: task.stage });
        statusLine();
        return;
      }
      const { event } = message;
      if (event.type === "started" || event.type === "resumed") {
        running.set(task.id, { title: task.title, progress: task.progress, stage: task.stage });
      }
      if (task.status !== "running" && task.status !== "queued") {
        running.delete(task.id);
      }
      const mark = marks[event.type];
      if (mark && event.type !== "requested" && event.type !== "started") {
        if (tty) {
          output.write("\r\x1b[2K");
        }
        output.write(`${mark} ${task.title.padEnd(34)} ${event.message}\n`);
      }
      statusLine();
    },
    finish() {
      if (tty) {
        output.write("\r\x1b[2K");
      }
    },
  };
}
