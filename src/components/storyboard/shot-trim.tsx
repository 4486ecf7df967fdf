import { shotMaxSeconds, shotMinSeconds } from "@/server/shows/shot-vocabulary";
import styles from "./storyboard.module.css";

const step = 0.5;

/** A shot's length with half-second trim buttons, within what a shot may run (2–8 s). */
export function ShotTrim(props: {
  number: number;
  seconds: number;
  disabled: boolean;
  onTrim: (seconds: number) => void;
}) {
  const { number, seconds, disabled, onTrim } = props;
  return (
    <span className={styles.trim}>
      <button
        type="button"
        className={styles.trimButton}
        aria-label={`Shorten shot ${number} by half a second`}
        disabled={disabled || seconds - step < shotMinSeconds}
        onClick={() => onTrim(Math.max(shotMinSeconds, seconds - step))}
      >
        −
      </button>
      <span className={styles.trimValue} data-testid="shot-seconds">
        {seconds} s
      </span>
      <button
        type="button"
        className={styles.trimButton}
        aria-label={`Lengthen shot ${number} by half a second`}
        disabled={disabled || seconds + step > shotMaxSeconds}
        onClick={() => onTrim(Math.min(shotMaxSeconds, seconds + step))}
      >
        +
      </button>
    </span>
  );
}
