import { z } from "zod";

/**
 * NUL breaks PostgreSQL text columns and C renderers; the bidi overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) make a title read differently from what is stored ("Trojan
 * Source"). Neither has a place in a show's text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this rejects.
export const unsafeCharacters = /[\u0000\u202A-\u202E\u2066-\u2069]/;
const unsafeCharactersGlobal = new RegExp(unsafeCharacters.source, "g");

export const unsafeTextMessage =
  "must not contain NUL or bidirectional-override characters (U+202A–U+202E, U+2066–U+2069)";

export const hasUnsafeCharacters = (text: string): boolean => unsafeCharacters.test(text);

export const stripUnsafeCharacters = (text: string): string =>
  text.replace(unsafeCharactersGlobal, "");

/**
 * Every text field of every schema: at most `max` characters (the 400 says which field and how
 * long it may be) and no NUL or bidi overrides. `min` keeps the documents' own minimums.
 */
export function safeText(max: number, min = 0) {
  const text = z
    .string()
    .max(max, { error: `is too long: at most ${max.toLocaleString("en-US")} characters` })
    .refine((value) => !hasUnsafeCharacters(value), { error: unsafeTextMessage });
  return min > 0 ? text.min(min) : text;
}
