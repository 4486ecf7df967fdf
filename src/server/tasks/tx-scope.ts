import { sql } from "drizzle-orm";
import { type Db as BossDb, fromDrizzle } from "pg-boss";
import type { Db, Tx } from "../db/client";

/**
 * An open transaction plus the work to do once it commits (publishing live events, waking
 * workers). Publishing only after commit means nobody ever sees an event that was rolled back.
 */
export interface TxScope {
  tx: Tx;
  afterCommit(callback: () => void): void;
}

export async function inTransaction<T>(
  db: Db,
  work: (scope: TxScope) => Promise<T>,
  outer?: TxScope,
): Promise<T> {
  if (outer) {
    return work(outer);
  }
  const callbacks: (() => void)[] = [];
  const result = await db.transaction((tx) =>
    work({ tx, afterCommit: (callback) => callbacks.push(callback) }),
  );
  for (const callback of callbacks) {
    callback();
  }
  return result;
}

/** pg-boss statements that must commit or roll back with our own (enqueueing a task's job). */
export function bossDbFor(tx: Tx): BossDb {
  // The generic Tx type erases drizzle's driver-specific result type that fromDrizzle declares.
  return fromDrizzle(tx as unknown as Parameters<typeof fromDrizzle>[0], sql);
}
