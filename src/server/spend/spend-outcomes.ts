/**
 * What became of a paid call. `running` is a job still in flight (written at submit); the others
 * are final. A `running` row whose task has finished is read as `abandoned`: its worker died or
 * gave up on it and nobody will poll it again, but it was billed all the same.
 */
export const SPEND_OUTCOMES = ["running", "succeeded", "failed", "canceled", "abandoned"] as const;
export type SpendOutcome = (typeof SPEND_OUTCOMES)[number];

export const isFinalSpendOutcome = (outcome: string): boolean =>
  outcome !== "running" && (SPEND_OUTCOMES as readonly string[]).includes(outcome);
