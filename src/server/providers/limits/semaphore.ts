/** Counts calls in flight and queues the rest, first come first served. */
export interface Semaphore {
  /**
   * Runs `work` once a slot is free and frees the slot when it settles. An abort while waiting
   * leaves the queue at once with the signal's reason; work already running is not interrupted.
   */
  run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly inFlight: number;
  readonly waiting: number;
}

interface Waiter {
  start(): void;
}

export function createSemaphore(limit: number): Semaphore {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`A semaphore needs a limit of at least 1, not ${limit}`);
  }
  let inFlight = 0;
  const queue: Waiter[] = [];

  const release = () => {
    inFlight -= 1;
    queue.shift()?.start();
  };

  const acquire = (signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) {
      return Promise.reject(signal.reason);
    }
    if (inFlight < limit) {
      inFlight += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        queue.splice(queue.indexOf(waiter), 1);
        reject(signal?.reason);
      };
      // The releasing call hands its slot straight over, so a newcomer cannot jump the queue.
      const waiter: Waiter = {
        start() {
          signal?.removeEventListener("abort", onAbort);
          inFlight += 1;
          resolve();
        },
      };
      queue.push(waiter);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  };

  return {
    async run(work, signal) {
      await acquire(signal);
      try {
        return await work();
      } finally {
        release();
      }
    },
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return queue.length;
    },
  };
}
