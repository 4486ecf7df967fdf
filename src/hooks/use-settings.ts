"use client";

import { useEffect, useState } from "react";
import { api, errorMessage } from "@/lib/client/api";
import type { SettingsView } from "@/lib/client/types";

/** Settings change only when the server restarts: one request per page load serves every user. */
let pending: Promise<SettingsView> | null = null;

function loadSettings(): Promise<SettingsView> {
  pending ??= api.getSettings().catch((cause: unknown) => {
    pending = null;
    throw cause;
  });
  return pending;
}

export interface SettingsState {
  settings: SettingsView | null;
  error: string | null;
}

/** The server's providers, models and prices (`GET /api/settings`). */
export function useSettings(): SettingsState {
  const [state, setState] = useState<SettingsState>({ settings: null, error: null });

  useEffect(() => {
    let current = true;
    loadSettings()
      .then((settings) => current && setState({ settings, error: null }))
      .catch((cause) => current && setState({ settings: null, error: errorMessage(cause) }));
    return () => {
      current = false;
    };
  }, []);

  return state;
}
