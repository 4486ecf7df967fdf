/** " · 32%", "(32%)", "32 %": a percentage some stage texts carry inside them. */
const PERCENT = /\s*(?:·\s*)?\(?\b\d{1,3}(?:\.\d+)?\s?%\)?/g;

/**
 * A running task's stage without numbers of its own: the task's progress is the one number shown.
 * A provider's "Rendering trailer · 29%" is its own share of one step, not the task's 30 %.
 */
export function stageText(stage: string): string {
  return stage
    .replace(PERCENT, "")
    .replace(/\s*·\s*$/, "")
    .trim();
}

/** "Rendering trailer — 32%": a stage and the task's progress, one number. */
export function progressLine(stage: string, progress: number | null): string {
  const words = stageText(stage);
  const percent =
    progress === null ? null : `${Math.round(Math.min(1, Math.max(0, progress)) * 100)}%`;
  if (!percent) {
    return words;
  }
  return words ? `${words} — ${percent}` : percent;
}

/**
 * A timeline's progress event ("32% · Rendering trailer · 32%", as the engine writes it) with the
 * task's number once, after the stage.
 */
export function progressEventText(message: string): string {
  const match = message.match(/^(\d{1,3})%\s*(?:·\s*)?(.*)$/);
  if (!match) {
    return stageText(message);
  }
  return progressLine(match[2] ?? "", Number(match[1]) / 100);
}
