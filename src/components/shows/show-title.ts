/** A show's name before its blueprint gives it one: the premise, cut to fit a heading. */
export function untitled(premise: string): string {
  return premise.length > 48 ? `${premise.slice(0, 46).trimEnd()}…` : premise;
}

/** What to call a show anywhere in the UI (server and client components alike). */
export function showTitle(show: { title: string | null; premise: string }): string {
  return show.title ?? untitled(show.premise);
}
