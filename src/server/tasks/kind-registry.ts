import { AppError } from "../errors";
import { defaultRetryPolicy, type RetryPolicy } from "./backoff";
import type { AnyTaskKind } from "./task-kind";

/** The kinds this process knows. The engine is generic: pipeline modules register their kinds. */
export class KindRegistry {
  readonly #kinds = new Map<string, AnyTaskKind>();

  register(kind: AnyTaskKind): this {
    if (this.#kinds.has(kind.id)) {
      throw new Error(`task kind ${kind.id} is registered twice`);
    }
    this.#kinds.set(kind.id, kind);
    return this;
  }

  get(id: string): AnyTaskKind {
    const kind = this.#kinds.get(id);
    if (!kind) {
      const known = [...this.#kinds.keys()].join(", ");
      throw new AppError("invalid_input", `kind: unknown task kind "${id}" (known: ${known})`, {
        field: "kind",
      });
    }
    return kind;
  }

  has(id: string): boolean {
    return this.#kinds.has(id);
  }

  all(): AnyTaskKind[] {
    return [...this.#kinds.values()];
  }

  retryPolicy(id: string): RetryPolicy {
    return { ...defaultRetryPolicy, ...this.get(id).retry };
  }
}

/** One pg-boss queue per kind, so each kind has its own concurrency. */
export const queueName = (kind: string) => `greenlight.${kind}`;
