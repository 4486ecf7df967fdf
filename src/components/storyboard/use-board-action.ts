"use client";

import { useState } from "react";
import { errorMessage } from "@/lib/client/api";

/**
 * One edit of a board at a time: `run` marks the board busy, shows the server's refusal as the
 * problem, and replaces the board with the answer when there is one (a request for a task answers
 * none: the task's completion reloads it). It resolves to the refusal's sentence, or null when the
 * work went through, so a form can stay open with what the user typed.
 */
export function useBoardAction<View>(replace: (next: View) => void) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (work: () => Promise<View | undefined>): Promise<string | null> => {
    setBusy(true);
    setProblem(null);
    try {
      const next = await work();
      if (next) {
        replace(next);
      }
      return null;
    } catch (cause) {
      const message = errorMessage(cause);
      setProblem(message);
      return message;
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run };
}

/** The board's shot ids with the one at `index` moved `by` places: a reorder's body. */
export function movedOrder(shots: { id: string }[], index: number, by: number): string[] {
  const order = shots.map((shot) => shot.id);
  const [moved] = order.splice(index, 1);
  order.splice(index + by, 0, moved!);
  return order;
}
