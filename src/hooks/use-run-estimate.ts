"use client";

import { useEffect, useState } from "react";
import { api } from "@/lib/client/api";
import type { ProviderChoice, RunEstimate } from "@/lib/client/types";

/** Waits for the choices to settle (typing a model id, dragging the cast size) before asking. */
const SETTLE_MS = 150;

/**
 * What an autopilot run would cost on these choices, from the server (`POST /api/estimates`,
 * the deployment's own prices). Null until the first answer or when the server cannot say; the
 * last answer stays shown while a new one is on its way.
 */
export function useRunEstimate(
  choices: Record<"text" | "image" | "video", ProviderChoice> | null,
  characterCount: number,
): RunEstimate | null {
  const [estimate, setEstimate] = useState<RunEstimate | null>(null);
  const key = choices ? JSON.stringify([choices, characterCount]) : null;

  useEffect(() => {
    if (key === null) {
      return;
    }
    const [settled, count] = JSON.parse(key) as [
      Record<"text" | "image" | "video", ProviderChoice>,
      number,
    ];
    let current = true;
    const timer = setTimeout(() => {
      api
        .estimateRun({ ...settled, characterCount: count })
        .then((answer) => current && setEstimate(answer))
        .catch(() => current && setEstimate(null));
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  return estimate;
}
