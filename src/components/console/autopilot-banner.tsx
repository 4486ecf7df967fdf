"use client";

import { useState } from "react";
import { api, errorMessage } from "@/lib/client/api";
import type { ShowDetail } from "@/lib/client/types";
import { Icon } from "../ui/icon";
import styles from "./autopilot-banner.module.css";

interface AutopilotBannerProps {
  show: ShowDetail;
  onChange: (show: ShowDetail) => void;
}

/** Autopilot stopped at a failed step: say which and why, with Retry and (for a character or episode) Skip. */
export function AutopilotBanner({ show, onChange }: AutopilotBannerProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pause = show.autopilotPause;
  if (!pause) {
    return null;
  }
  const act = (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    work()
      .then(() => api.getShow(show.id))
      .then(onChange)
      .catch((cause) => setError(errorMessage(cause)))
      .finally(() => setBusy(false));
  };
  return (
    <div className={styles.banner} role="alert" data-testid="autopilot-paused">
      <Icon name="alert" size={16} />
      <p className={styles.message}>
        <strong>Autopilot paused.</strong> {pause.message}
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => act(() => api.retryTask(pause.taskId))}
        >
          Retry
        </button>
        {pause.skip && pause.target && (
          <button
            type="button"
            className="btn btn-ghost"
            disabled={busy}
            onClick={() => act(() => api.skipAutopilotStep(show.id, pause.target!))}
          >
            Skip this {pause.skip}
          </button>
        )}
      </div>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
