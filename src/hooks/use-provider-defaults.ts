"use client";

import { useCallback, useEffect, useState } from "react";
import {
  DEFAULTS_STORAGE_KEY,
  type ProviderChoices,
  parseStoredDefaults,
} from "@/lib/client/provider-defaults";

export interface StoredDefaults {
  /** What this browser stored; types it never chose are missing. */
  stored: Partial<ProviderChoices>;
  /** False until localStorage was read (it is not readable during the server render). */
  loaded: boolean;
  save: (next: Partial<ProviderChoices>) => void;
}

/**
 * The default provider and model per asset type for new shows, kept in localStorage: the server
 * stores settings per show and has no global defaults. Follows changes made in other tabs.
 */
export function useProviderDefaults(): StoredDefaults {
  const [stored, setStored] = useState<Partial<ProviderChoices>>({});
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const read = () => setStored(parseStoredDefaults(localStorage.getItem(DEFAULTS_STORAGE_KEY)));
    read();
    setLoaded(true);
    const onStorage = (event: StorageEvent) => {
      if (event.key === DEFAULTS_STORAGE_KEY) {
        read();
      }
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  const save = useCallback((next: Partial<ProviderChoices>) => {
    setStored(next);
    if (Object.keys(next).length === 0) {
      localStorage.removeItem(DEFAULTS_STORAGE_KEY);
    } else {
      localStorage.setItem(DEFAULTS_STORAGE_KEY, JSON.stringify(next));
    }
  }, []);

  return { stored, loaded, save };
}
