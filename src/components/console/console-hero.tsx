"use client";

import Link from "next/link";
import { useState } from "react";
import { untitled } from "@/components/shows/show-title";
import { api, errorMessage } from "@/lib/client/api";
import { autopilotLabel, usesPaidModels } from "@/lib/client/estimates";
import { formatCost } from "@/lib/client/format";
import type { ShowDetail } from "@/lib/client/types";
import { isComplete, packagePercent } from "../shows/package-label";
import { ShowPoster } from "../shows/show-poster";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Icon } from "../ui/icon";
import { Switch } from "../ui/switch";
import styles from "./console.module.css";

interface ConsoleHeroProps {
  show: ShowDetail;
  onChange: (show: ShowDetail) => void;
}

export function ConsoleHero({ show, onChange }: ConsoleHeroProps) {
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const runCost = autopilotLabel(show);
  const title = show.title ?? untitled(show.premise);
  const progress = show.packageProgress;
  const percent = packagePercent(progress);

  const setAutopilot = (autopilot: boolean, confirmed = false) => {
    setError(null);
    api
      // Confirming the estimate (paid videos included) is what lets autopilot make paid videos.
      .updateShow(show.id, {
        autopilot,
        ...(confirmed ? { settings: { paidVideosConfirmed: true } } : {}),
      })
      .then(onChange)
      .catch((cause) => setError(errorMessage(cause)));
  };
  // Turning autopilot on for paid models starts paid work unasked: say what it costs first.
  const toggle = (autopilot: boolean) =>
    autopilot && usesPaidModels(show) ? setConfirming(true) : setAutopilot(autopilot);

  return (
    <header className={styles.hero}>
      <div className={styles.heroPoster}>
        <ShowPoster poster={show.poster} title={title} seed={show.id} priority />
      </div>
      <div className={styles.heroBody}>
        <p className="eyebrow">
          {show.blueprint ? `${show.blueprint.genre} · ${show.blueprint.tone}` : "In development"}
        </p>
        <h1 className={styles.heroTitle} data-testid="show-title">
          {title}
        </h1>
        {show.blueprint?.tagline && <p className={styles.tagline}>{show.blueprint.tagline}</p>}
        <p className={styles.logline}>{show.logline ?? show.premise}</p>
        <div className={styles.progressRow}>
          {/* Decorative: the words beside it say the same numbers. */}
          <div className={styles.meter} aria-hidden="true">
            <span style={{ width: `${percent}%` }} />
          </div>
          <span className="muted" data-testid="package-meter">
            {isComplete(progress)
              ? "Package complete"
              : `${progress.made} of ${progress.promised} parts of the package`}{" "}
            ·{" "}
            <span
              data-testid="show-spend"
              title="Billed by the providers for this show, canceled calls included"
            >
              spent {formatCost(show.costUsd)}
            </span>
          </span>
        </div>
        <div className={styles.heroActions}>
          <Switch
            checked={show.autopilot}
            onChange={toggle}
            label="Autopilot"
            description={`Start the next step when one finishes · full run ${runCost}`}
          />
          {/* No prefetch: it would render the whole public page on every console visit. */}
          <Link href={`/show/${show.slug}`} className="btn" prefetch={false}>
            <Icon name="external" size={14} /> Share page
          </Link>
          <a href={api.packageUrl(show.id)} className="btn" download>
            <Icon name="download" size={14} /> Download package
          </a>
          {show.blueprint && (
            <a href={`/api/shows/${show.id}/pitch-deck.pdf`} className="btn btn-ghost" download>
              <Icon name="download" size={14} /> Pitch deck
            </a>
          )}
        </div>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <ConfirmDialog
          open={confirming}
          title="Turn on autopilot?"
          confirmLabel="Turn on autopilot"
          tone="primary"
          onConfirm={() => setAutopilot(true, true)}
          onClose={() => setConfirming(false)}
        >
          <p>
            Autopilot makes whatever is still missing, through the first season (season plan,
            stills, character videos and clips), on this show's models. A full run is estimated at{" "}
            <strong>{runCost}</strong>.
          </p>
        </ConfirmDialog>
        <details className={styles.premise}>
          <summary>Premise</summary>
          <p>{show.premise}</p>
        </details>
      </div>
    </header>
  );
}
