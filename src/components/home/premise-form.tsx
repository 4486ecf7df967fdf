"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useRef, useState } from "react";
import { ApiError, api, errorMessage } from "@/lib/client/api";
import { usesPaidModels } from "@/lib/client/estimates";
import { slugFromPremise } from "@/server/shows/show-slug";
import { premiseMinLength, textLimits } from "@/server/shows/text-limits";
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
  // One slug per premise: greenlighting the same premise again (after an error or a lost answer)
  // asks for the same show, which the server makes once.
  const slugOf = useRef<{ premise: string; slug: string } | null>(null);
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
    const trimmed = premise.trim();
    if (slugOf.current?.premise !== trimmed) {
      slugOf.current = { premise: trimmed, slug: slugFromPremise(trimmed) };
    }
    const { slug } = slugOf.current;
    const address = `/shows/${slug}`;
    // The console's address at once, with its skeleton over this page (issue 14): the slug is
    // ours, so nothing waits for the server, whose worker may be busy with the blueprint by the
    // time it answers. A premise it would refuse outright stays here for its message.
    const early = trimmed.length >= premiseMinLength;
    if (early) {
      window.history.pushState(null, "", address);
    }
    try {
      // Confirming the run's estimate (paid videos included) lets autopilot make paid videos.
      const settings = confirmed ? { ...next.patch, paidVideosConfirmed: true } : next.patch;
      await api.createShowAt(slug, { premise, autopilot, settings });
      if (!early) {
        router.push(address);
      } else if (window.location.pathname === address) {
        // The show exists: its console renders on the server, in place of this page.
        router.replace(address);
      } else {
        // The user went back meanwhile; the show is made and waits in the library.
        setSubmitting(false);
      }
    } catch (cause) {
      if (isConflict(cause)) {
        slugOf.current = null;
      }
      if (early && window.location.pathname === address) {
        // Back to the home page's own entry, so Back then leaves the site as usual.
        window.history.back();
      }
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

/** Another show holds the slug: the next try needs a new one. */
function isConflict(cause: unknown): boolean {
  return cause instanceof ApiError && cause.status === 409;
}
