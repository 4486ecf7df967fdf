/**
 * Where a live stream stands, in PostgreSQL's own terms. Event ids are taken at insert but rows
 * appear at commit, so "every id up to N" is no position: a transaction holding id N-1 may commit
 * after N was sent. A snapshot is: every row visible in it was delivered, and the rows still to
 * come are exactly those of transactions it saw in progress (`xip`) or not yet started (`xmax`).
 */
export interface Snapshot {
  /** pg_snapshot text, `xmin:xmax:xip,xip`. */
  text: string;
  xmin: bigint;
  xmax: bigint;
  xip: readonly bigint[];
}

/**
 * A resume point (the SSE id). `within` is a point inside one delivered batch: everything visible
 * in `from`, plus the rows `to` added with id ≤ `upTo`. `afterId` is the bare event id older
 * clients sent: best effort, as before.
 */
export type StreamPosition =
  | { kind: "snapshot"; at: Snapshot }
  | { kind: "within"; from: Snapshot; upTo: number; to: Snapshot }
  | { kind: "afterId"; id: number };

const SNAPSHOT = /^(\d{1,20}):(\d{1,20}):((?:\d{1,20})(?:,\d{1,20})*)?$/;
/** A busy cluster has a few dozen transactions in flight; far more is not a position we made. */
const MAX_XIP = 10_000;

export function parseSnapshot(text: string): Snapshot | null {
  const match = SNAPSHOT.exec(text);
  if (!match) {
    return null;
  }
  const xip = match[3] ? match[3].split(",").map(BigInt) : [];
  if (xip.length > MAX_XIP) {
    return null;
  }
  return { text, xmin: BigInt(match[1]!), xmax: BigInt(match[2]!), xip };
}

/** Whether a committed row of transaction `xid` is visible in `snapshot`. */
export function isVisible(snapshot: Snapshot, xid: bigint): boolean {
  if (xid < snapshot.xmin) {
    return true;
  }
  if (xid >= snapshot.xmax) {
    return false;
  }
  return !snapshot.xip.includes(xid);
}

/** Whether everything visible in `earlier` is visible in `later` (it was taken after). */
export function covers(later: Snapshot, earlier: Snapshot): boolean {
  if (later.xmax < earlier.xmax) {
    return false;
  }
  return later.xip.every((xid) => xid >= earlier.xmax || !isVisible(earlier, xid));
}

export function encodePosition(position: StreamPosition): string {
  switch (position.kind) {
    case "snapshot":
      return position.at.text;
    case "within":
      return `${position.from.text}/${position.upTo}/${position.to.text}`;
    case "afterId":
      return String(position.id);
  }
}

/** Reads a Last-Event-ID; anything unreadable is no position (the client starts afresh). */
export function parsePosition(text: string | null | undefined): StreamPosition | undefined {
  if (!text || text.length > 200_000) {
    return undefined;
  }
  if (/^\d{1,15}$/.test(text)) {
    return { kind: "afterId", id: Number(text) };
  }
  const parts = text.split("/");
  if (parts.length === 1) {
    const at = parseSnapshot(text);
    return at ? { kind: "snapshot", at } : undefined;
  }
  if (parts.length === 3 && /^\d{1,15}$/.test(parts[1]!)) {
    const from = parseSnapshot(parts[0]!);
    const to = parseSnapshot(parts[2]!);
    return from && to ? { kind: "within", from, upTo: Number(parts[1]), to } : undefined;
  }
  return undefined;
}
