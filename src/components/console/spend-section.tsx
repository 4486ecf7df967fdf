"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { api, errorMessage } from "@/lib/client/api";
import { formatCost, formatRelative } from "@/lib/client/format";
import { kindInfo } from "@/lib/client/kinds";
import type { ShowDetail } from "@/lib/client/types";
import type { ShowSpend } from "@/server/spend/read-spend";
import { ConsoleSection } from "./console-section";
import styles from "./spend-section.module.css";

/** The latest calls shown at once; the rest (up to the API's 100) behind "Show all". */
const LATEST = 8;

const OUTCOME_LOOK: Record<string, string> = {
  running: "badge badge-info",
  succeeded: "badge badge-accent",
  failed: "badge badge-danger",
  canceled: "badge",
  abandoned: "badge badge-danger",
};

/**
 * What the show cost, from the spend ledger: every paid call, canceled and abandoned ones too,
 * since the provider billed them. Reloads when the show's total moves.
 */
export function SpendSection({ show }: { show: ShowDetail }) {
  const [spend, setSpend] = useState<ShowSpend | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const total = show.costUsd;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the total is the trigger; when it moves, the ledger changed
  useEffect(() => {
    let live = true;
    api
      .getShowSpend(show.id)
      .then((next) => {
        if (live) {
          setSpend(next);
          setError(null);
        }
      })
      .catch((cause) => {
        if (live) {
          setError(errorMessage(cause));
        }
      });
    return () => {
      live = false;
    };
  }, [show.id, total]);

  const providers = Object.entries(spend?.byProvider ?? {}).sort((a, b) => b[1] - a[1]);
  const rows = spend ? (all ? spend.rows : spend.rows.slice(0, LATEST)) : [];

  return (
    <ConsoleSection
      id="spend"
      title="Spend"
      description="Every paid call the providers billed for this show, canceled ones included"
    >
      <div className={styles.summary} data-testid="spend-panel">
        <div className={styles.total}>
          <span className="eyebrow">Total</span>
          <strong data-testid="spend-total">{formatCost(spend?.totalUsd ?? total)}</strong>
        </div>
        {providers.length > 0 && (
          <ul className={styles.providers} aria-label="By provider">
            {providers.map(([provider, usd]) => (
              <li key={provider}>
                <span>{provider}</span>
                <strong>{formatCost(usd)}</strong>
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {spend && spend.rows.length === 0 && (
        <p className="muted">Nothing billed yet: the offline provider is free.</p>
      )}
      {rows.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">Latest paid calls</caption>
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col" className={styles.kind}>
                  Kind
                </th>
                <th scope="col">Outcome</th>
                <th scope="col" className={styles.cost}>
                  Cost
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="spend-row">
                  <td>
                    <span className={styles.model}>{row.model}</span>
                    <span className={styles.when}>
                      {row.provider}
                      <span className={styles.kindInline}> · {kindInfo(row.kind).label}</span> ·{" "}
                      {formatRelative(row.at)}
                    </span>
                  </td>
                  <td className={styles.kind}>
                    {row.taskId ? (
                      <Link href={`/tasks/${row.taskId}`}>{kindInfo(row.kind).label}</Link>
                    ) : (
                      kindInfo(row.kind).label
                    )}
                  </td>
                  <td>
                    <span className={OUTCOME_LOOK[row.outcome] ?? "badge"}>{row.outcome}</span>
                  </td>
                  <td className={`${styles.cost} mono`}>{formatCost(row.costUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {spend && spend.rows.length > LATEST && (
        <button type="button" className="btn btn-sm" onClick={() => setAll(!all)}>
          {all ? "Show the latest only" : `Show all ${spend.rows.length}`}
        </button>
      )}
    </ConsoleSection>
  );
}
