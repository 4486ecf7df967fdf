"use client";

import Link from "next/link";
import { useState } from "react";
import { untitled } from "@/hooks/use-show-directory";
import { api, errorMessage } from "@/lib/client/api";
import { formatCost } from "@/lib/client/format";
import type { ShowDetail } from "@/lib/client/types";
import { ShowPoster } from "../shows/show-poster";
import { Icon } from "../ui/icon";
import { Switch } from "../ui/switch";
import styles from "./console.module.css";

interface ConsoleHeroProps {
  show: ShowDetail;
  onChange: (show: ShowDetail) => void;
}

export function ConsoleHero({ show, onChange }: ConsoleHeroProps) {
  const [error, setError] = useState<string | null>(null);
  const title = show.title ?? untitled(show.premise);
  const percent = Math.round(show.completion * 100);

  const setAutopilot = (autopilot: boolean) => {
    setError(null);
    api
      .updateShow(show.id, { autopilot })
      .then(onChange)
      .catch((cause) => setError(errorMessage(cause)));
  };

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
          <div className={styles.meter} aria-hidden="true">
            <span style={{ width: `${percent}%` }} />
          </div>
          <span className="muted">
            {percent}% of the package · spent {formatCost(show.costUsd)}
          </span>
        </div>
        <div className={styles.heroActions}>
          <Switch
            checked={show.autopilot}
            onChange={setAutopilot}
            label="Autopilot"
            description="Start the next step when one finishes"
          />
          <Link href={`/show/${show.slug}`} className="btn">
            <Icon name="external" size={14} /> Share page
          </Link>
          <a href={api.packageUrl(show.id)} className="btn" download>
            <Icon name="download" size={14} /> Download package
          </a>
        </div>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <details className={styles.premise}>
          <summary>Premise</summary>
          <p>{show.premise}</p>
        </details>
      </div>
    </header>
  );
}
