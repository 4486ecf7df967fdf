import { describe, expect, it } from "vitest";
import type { Task } from "@/lib/client/types";
import { dockRows, dockSummary } from "./dock-tasks";

const NOW = Date.parse("2026-12-03T10:00:00Z");
const at = (secondsAgo: number) => new Date(NOW - secondsAgo * 1000).toISOString();

function task(overrides: Partial<Task>): Task {
  return {
    id: overrides.id ?? "t",
    showId: "show",
    kind: "trailer",
    target: null,
    title: "Trailer",
    status: "succeeded",
    progress: 1,
    stage: "",
    attempt: 1,
    maxAttempts: 3,
    version: 1,
    error: null,
    failureReason: null,
    costUsd: 0,
    createdAt: at(120),
    startedAt: at(118),
    heartbeatAt: null,
    finishedAt: at(100),
    ...overrides,
  };
}

describe("dockRows", () => {
  it("shows repeats of one target as one row with the newest version and a count", () => {
    const rows = dockRows(
      [
        task({ id: "a", version: 1 }),
        task({ id: "b", version: 2, createdAt: at(90), finishedAt: at(80) }),
        task({ id: "c", version: 3, createdAt: at(60), finishedAt: at(40) }),
        task({ id: "grid", kind: "portrait_grid", title: "Portrait grid" }),
      ],
      NOW,
    );
    expect(rows.map((row) => [row.task.id, row.count])).toEqual([
      ["c", 3],
      ["grid", 1],
    ]);
  });

  it("lets a retried task replace its canceled row", () => {
    const rows = dockRows(
      [
        task({ id: "old", status: "canceled", version: 1 }),
        task({ id: "new", status: "running", version: 2, finishedAt: null, createdAt: at(10) }),
      ],
      NOW,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.task.id).toBe("new");
    expect(dockSummary(rows)).toBe("1 task running");
  });

  it("keeps different targets of one kind apart", () => {
    const rows = dockRows(
      [
        task({ id: "p1", kind: "portrait", target: "ann" }),
        task({ id: "p2", kind: "portrait", target: "bob" }),
      ],
      NOW,
    );
    expect(rows).toHaveLength(2);
  });

  it("leaves out what finished more than ten minutes ago", () => {
    expect(dockRows([task({ finishedAt: at(11 * 60) })], NOW)).toEqual([]);
  });
});
