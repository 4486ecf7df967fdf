import { getTableColumns } from "drizzle-orm";
import { taskEvents, tasks } from "../db/schema";
import type { TaskEventRow, TaskRow } from "./task-dto";

/**
 * Maps `to_jsonb(row)` of a table back to drizzle's row type. The hot paths (claim, complete) use
 * one CTE statement that updates a task and inserts its event at once, returning both rows as
 * JSON: one round trip instead of a four-statement transaction.
 */
function fromJson<T>(table: typeof tasks | typeof taskEvents, json: Record<string, unknown>): T {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[key] =
      value === null || value === undefined
        ? null
        : column.columnType === "PgTimestamp"
          ? new Date(value as string)
          : value;
  }
  return row as T;
}

export const taskRowFromJson = (json: unknown) =>
  fromJson<TaskRow>(tasks, json as Record<string, unknown>);
export const taskEventRowFromJson = (json: unknown) =>
  fromJson<TaskEventRow>(taskEvents, json as Record<string, unknown>);
