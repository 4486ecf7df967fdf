import styles from "./progress-bar.module.css";

interface ProgressBarProps {
  /** 0..1, or null for an indeterminate bar (queued, or no progress reported yet). */
  value: number | null;
  label: string;
  tone?: "accent" | "danger" | "muted";
}

export function ProgressBar({ value, label, tone = "accent" }: ProgressBarProps) {
  const percent = value === null ? undefined : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      className={`${styles.track} ${styles[tone]}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div
        className={percent === undefined ? styles.indeterminate : styles.fill}
        style={percent === undefined ? undefined : { width: `${Math.max(percent, 2)}%` }}
      />
    </div>
  );
}
