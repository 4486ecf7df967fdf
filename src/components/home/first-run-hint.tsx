import { EXAMPLE_PREMISES } from "./example-premises";
import styles from "./first-run-hint.module.css";

/** The three examples a first visit offers (the chips offer all of them later). */
const FIRST_EXAMPLES = EXAMPLE_PREMISES.slice(0, 3);

/**
 * What autopilot makes and about when, on the built-in offline provider on a two-core machine
 * (measured on the lighthouse premise; docs/benchmarks.md). Paid models take longer per step.
 */
const AUTOPILOT_PLAN = [
  { what: "Blueprint, cast of six and their dossiers", when: "in seconds" },
  { what: "Six portraits, the cast grid and the library poster", when: "about 10 s" },
  { what: "A 30-second trailer", when: "about 30 s" },
  {
    what: "The first season: episode plan, stills, character videos and clips",
    when: "a few minutes",
  },
] as const;

interface FirstRunHintProps {
  onPick: (premise: string) => void;
}

/** For someone with no show yet: three premises to start from, and what happens after. */
export function FirstRunHint({ onPick }: FirstRunHintProps) {
  return (
    <section className={styles.hint} aria-labelledby="first-run-heading" data-testid="first-run">
      <div className={styles.column}>
        <h2 id="first-run-heading" className={styles.heading}>
          New here? Start from one of these
        </h2>
        <ul className={styles.examples}>
          {FIRST_EXAMPLES.map((example) => (
            <li key={example.label}>
              <button
                type="button"
                className={styles.example}
                onClick={() => onPick(example.premise)}
              >
                <span className={styles.exampleLabel}>{example.label}</span>
                <span className={styles.examplePremise}>{example.premise}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className={styles.column}>
        <h2 className={styles.heading}>What autopilot makes</h2>
        <ol className={styles.plan}>
          {AUTOPILOT_PLAN.map((step) => (
            <li key={step.what}>
              <span>{step.what}</span>
              <span className={styles.when}>{step.when}</span>
            </li>
          ))}
        </ol>
        <p className="hint">
          Times for the built-in offline models; paid models take longer. You can leave the page:
          everything keeps rendering on the server.
        </p>
      </div>
    </section>
  );
}
