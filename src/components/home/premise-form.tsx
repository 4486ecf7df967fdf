"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useRef, useState } from "react";
import { api, errorMessage } from "@/lib/client/api";
import { usesPaidModels } from "@/lib/client/estimates";
import { textLimits } from "@/server/shows/text-limits";
import { ConsoleSkeleton } from "../console/console-skeleton";
import { CharCount } from "../ui/char-count";
import { Icon } from "../ui/icon";
import { Switch } from "../ui/switch";
import { AutopilotConfirm, autopilotCostNote } from "./autopilot-confirm";
import { EXAMPLE_PREMISES } from "./example-premises";
import { FirstRunHint } from "./first-run-hint";
import styles from "./premise-form.module.css";
import { SettingsDrawer } from "./settings-drawer";
import { useNewShowSettings } from "./use-new-show-settings";

interface PremiseFormProps {
  /** No show yet: offer three premises to start from and say what autopilot makes. */
  firstRun?: boolean;
}

/** The premise box: write (or pick) a premise, choose autopilot, and greenlight it. */
export function PremiseForm({ firstRun = false }: PremiseFormProps) {
  const router = useRouter();
  const [premise, setPremise] = useState("");
  const [autopilot, setAutopilot] = useState(true);
  const next = useNewShowSettings();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const inputId = useId();
  const premiseRef = useRef<HTMLTextAreaElement>(null);
  const pick = (example: string) => {
    setPremise(example);
    setError(null);
    premiseRef.current?.focus();
  };
  const errorId = useId();
  const countId = useId();
  // From the choices themselves, not the estimate, which arrives a moment after a change.
  const paid = usesPaidModels({ settings: next.choices });

  const create = async (confirmed = false) => {
    setSubmitting(true);
    setError(null);
    try {
      // Confirming the run's estimate (paid videos included) lets autopilot make paid videos.
      const settings = confirmed ? { ...next.patch, paidVideosConfirmed: true } : next.patch;
      const show = await api.createShow({ premise, autopilot, settings });
      // The console renders on the server with the show's tasks; the skeleton stays meanwhile.
      router.push(`/shows/${show.slug}`);
    } catch (cause) {
      setError(errorMessage(cause));
      setSubmitting(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Autopilot on paid models starts paid work unasked: say what it costs first.
    if (autopilot && paid) {
      setConfirming(true);
    } else {
      void create();
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="New show">
      {submitting && (
        // The console's shape at once, while the server creates the show; its page replaces it.
        <div className={styles.opening}>
          <div className="container">
            <ConsoleSkeleton />
          </div>
        </div>
      )}
      <label htmlFor={inputId} className="visually-hidden">
        Premise
      </label>
      <div className={styles.box}>
        <textarea
          ref={premiseRef}
          id={inputId}
          name="premise"
          className={styles.premise}
          rows={4}
          value={premise}
          maxLength={textLimits.premise}
          placeholder="A one-line idea for a TV show — the stranger the better…"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${countId}` : countId}
          onChange={(event) => setPremise(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
        <CharCount id={countId} length={premise.length} max={textLimits.premise} />
        <div className={styles.toolbar}>
          <Switch
            checked={autopilot}
            onChange={setAutopilot}
            label="Autopilot"
            description={`Cast, portraits, poster, trailer and the first season without further clicks${autopilotCostNote(next.estimate)}`}
          />
          <div className={styles.toolbarEnd}>
            <button type="button" className="btn btn-ghost" onClick={() => setDrawerOpen(true)}>
              <Icon name="settings" />
              Settings
              {next.changes > 0 && <span className="badge badge-accent">{next.changes}</span>}
            </button>
            <button type="submit" className="btn btn-primary btn-lg" disabled={submitting}>
              {submitting ? "Greenlighting…" : "Greenlight it"}
            </button>
          </div>
        </div>
      </div>
      {error && (
        <p id={errorId} role="alert" className={`field-error ${styles.error}`}>
          <Icon name="alert" size={14} /> {error}
        </p>
      )}
      {firstRun && <FirstRunHint onPick={pick} />}
      {!firstRun && (
        <div className={styles.examples}>
          <span className="eyebrow" id={`${inputId}-examples`}>
            Try
          </span>
          <ul className={styles.chips} aria-labelledby={`${inputId}-examples`}>
            {EXAMPLE_PREMISES.map((example) => (
              <li key={example.label}>
                <button
                  type="button"
                  className="chip"
                  title={example.premise}
                  onClick={() => pick(example.premise)}
                >
                  {example.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <SettingsDrawer open={drawerOpen} state={next} onClose={() => setDrawerOpen(false)} />
      <AutopilotConfirm
        open={confirming}
        estimate={next.estimate}
        onConfirm={() => create(true)}
        onClose={() => setConfirming(false)}
      />
    </form>
  );
}
