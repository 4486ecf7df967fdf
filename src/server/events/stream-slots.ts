import { AppError } from "../errors";

export interface StreamSlotLimits {
  /** Streams open at once in this process. */
  total: number;
  /** Streams open at once for one client key (an IP now; a user too once accounts exist). */
  perClient: number;
}

/** How long a refused client should wait: streams end when tabs close, which takes a while. */
const RETRY_AFTER_SECONDS = 30;

/**
 * Counts open live streams per client and in all. Every stream holds a feed listener, a bus
 * listener and a socket: a thousand idle ones starve the pages of the same process, so beyond
 * the caps a client gets 503 with Retry-After instead of one more.
 */
export class StreamSlots {
  #total = 0;
  readonly #byClient = new Map<string, number>();

  constructor(private readonly limits: () => StreamSlotLimits) {}

  /**
   * Takes one slot for a stream of these clients (its IP, and its user when signed in: each key
   * has its own cap, the stream counts once in all), or throws the 503. The returned release is
   * idempotent.
   */
  acquire(...clients: string[]): () => void {
    const { total, perClient } = this.limits();
    if (this.#total >= total) {
      throw new AppError(
        "unavailable",
        "The server has as many live task streams as it can hold; try again shortly.",
        { retryAfterSeconds: RETRY_AFTER_SECONDS },
      );
    }
    if (clients.some((client) => (this.#byClient.get(client) ?? 0) >= perClient)) {
      throw new AppError(
        "unavailable",
        `Too many live task streams from one client (${perClient}); close some tabs or try again shortly.`,
        { retryAfterSeconds: RETRY_AFTER_SECONDS },
      );
    }
    this.#total += 1;
    for (const client of clients) {
      this.#byClient.set(client, (this.#byClient.get(client) ?? 0) + 1);
    }
    let released = false;
    return () => {
      if (released) {
        return;
      }
      released = true;
      this.#total -= 1;
      for (const client of clients) {
        const left = (this.#byClient.get(client) ?? 1) - 1;
        if (left > 0) {
          this.#byClient.set(client, left);
        } else {
          this.#byClient.delete(client);
        }
      }
    };
  }

  get open(): number {
    return this.#total;
  }
}
