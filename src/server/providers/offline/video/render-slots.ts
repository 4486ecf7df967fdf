/**
 * A counting semaphore. ffmpeg's filter graph runs on one thread and x264 uses the rest, so two
 * renders at a time keep two cores busy; more only makes every job finish later.
 */
export function createRenderSlots(size: number) {
  let free = Math.max(1, size);
  const waiting: (() => void)[] = [];

  function release(): void {
    const next = waiting.shift();
    if (next) {
      next();
    } else {
      free += 1;
    }
  }

  return {
    /** Resolves with a release function once a slot is free; rejects if `signal` aborts first. */
    acquire(signal: AbortSignal): Promise<() => void> {
      if (signal.aborted) {
        return Promise.reject(signal.reason);
      }
      if (free > 0) {
        free -= 1;
        return Promise.resolve(once(release));
      }
      return new Promise((resolve, reject) => {
        const grant = () => {
          signal.removeEventListener("abort", onAbort);
          resolve(once(release));
        };
        const onAbort = () => {
          waiting.splice(waiting.indexOf(grant), 1);
          reject(signal.reason);
        };
        waiting.push(grant);
        signal.addEventListener("abort", onAbort, { once: true });
      });
    },
  };
}

function once(action: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      action();
    }
  };
}
