/**
 * "123 / 400" under a text field whose server limit is `max` (text-limits.ts). Announced to
 * screen readers only near the limit, so typing is not read out character by character.
 */
export function CharCount({ length, max, id }: { length: number; max: number; id?: string }) {
  const near = length >= max * 0.9;
  return (
    <span id={id} className="hint" aria-live={near ? "polite" : "off"}>
      {length.toLocaleString("en-US")} / {max.toLocaleString("en-US")}
      {near ? " characters (limit)" : ""}
    </span>
  );
}
