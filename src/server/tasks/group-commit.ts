/**
 * Group commit for the engine's hot paths. Calls that arrive while a batch is being written wait
 * and go together in the next one, so under load a hundred requests (or claims, or completions)
 * cost one statement instead of a hundred, and a lone call still goes out at once (one
 * `setImmediate` later, which gathers the calls of the same tick).
 *
 * `write` gets the items in arrival order and returns one result per item, in the same order.
 * When a batch fails, every item is written again on its own, so one bad item fails only its
 * own caller.
 */
interface Pending<In, Out> {
  item: In;
  resolve: (out: Out) => void;
  reject: (error: unknown) => void;
}

export class GroupCommit<In, Out> {
  readonly #write: (items: In[]) => Promise<Out[]>;
  readonly #maxBatch: number;
  readonly #onBatchFailed: (error: unknown, size: number) => void;
  #pending: Pending<In, Out>[] = [];
  #draining = false;

  constructor(
    write: (items: In[]) => Promise<Out[]>,
    options: {
      maxBatch?: number;
      /** Told when a batch failed and its items are about to be written one by one. */
      onBatchFailed?: (error: unknown, size: number) => void;
    } = {},
  ) {
    this.#write = write;
    this.#maxBatch = options.maxBatch ?? 250;
    this.#onBatchFailed = options.onBatchFailed ?? (() => {});
  }

  submit(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.#pending.push({ item, resolve, reject });
      if (!this.#draining) {
        this.#draining = true;
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    while (this.#pending.length > 0) {
      const batch = this.#pending.splice(0, this.#maxBatch);
      await this.#writeBatch(batch);
    }
    this.#draining = false;
  }

  async #writeBatch(batch: Pending<In, Out>[]): Promise<void> {
    try {
      const results = await this.#write(batch.map((entry) => entry.item));
      for (const [index, entry] of batch.entries()) {
        entry.resolve(results[index] as Out);
      }
      return;
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      this.#onBatchFailed(error, batch.length);
    }
    for (const entry of batch) {
      try {
        const [result] = await this.#write([entry.item]);
        entry.resolve(result as Out);
      } catch (error) {
        entry.reject(error);
      }
    }
  }
}
