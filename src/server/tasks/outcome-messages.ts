/**
 * A task's message must match its state: a failed task never says "retrying", a retrying one
 * says when. Errors describe what happened ("OpenAI is rate limiting this key"); the engine, which
 * alone knows whether another attempt follows, adds what happens next.
 */

/** "…; retrying.", "…; retrying after a pause.", "… — retrying in 4s" at the end of a message. */
const RETRY_TAIL = /\s*(?:[;,—–-]\s*)?(?:this step\s+)?(?:will\s+)?retry(?:ing)?\b[^.;]*\.?\s*$/i;

/** The message with any promise of a retry removed, ending in one full stop. */
export function ongoingMessage(message: string): string {
  const trimmed = message.replace(RETRY_TAIL, "").trim();
  const core = trimmed === "" ? "Something went wrong" : trimmed;
  return /[.!?]$/.test(core) ? core : `${core}.`;
}

/** The message of a task that ran out of attempts: what went wrong, that it stopped, what to do. */
export function finalMessage(message: string, attempts: number, triedMs: number): string {
  const tries = attempts === 1 ? "1 attempt" : `${attempts} attempts`;
  return `${ongoingMessage(message)} Gave up after ${tries} over ${duration(triedMs)}; try again later.`;
}

function duration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 90) {
    return `${seconds} s`;
  }
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}
