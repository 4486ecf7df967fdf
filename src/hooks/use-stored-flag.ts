"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * A boolean UI preference kept in localStorage (never task state: the server owns that).
 * `null` until the user has chosen, so callers can pick a sensible default meanwhile.
 */
export function useStoredFlag(key: string): [boolean | null, (value: boolean) => void] {
  const [value, setValue] = useState<boolean | null>(null);

  useEffect(() => {
    const stored = window.localStorage.getItem(key);
    if (stored !== null) {
      setValue(stored === "true");
    }
  }, [key]);

  const update = useCallback(
    (next: boolean) => {
      setValue(next);
      window.localStorage.setItem(key, String(next));
    },
    [key],
  );

  return [value, update];
}
