/**
 * The longest text each field may hold, in characters (UTF-16 code units, what zod and a
 * textarea's `maxLength` count). One table for the server's schemas and the browser's counters,
 * so the form stops where the API would refuse. Pure constants: the browser bundle imports this.
 *
 * Why bounds at all: every field is stored, sent to every viewer (the share page, /api/shows) and
 * drawn by the renderers; one 5 MB logline made the share page 40 MB. The limits are generous
 * for writing and small enough that no page or card pays for them.
 */
export const textLimits = {
  /** What the user types on the home page. */
  premise: 2_000,
  title: 80,
  logline: 400,
  tagline: 200,
  /** Character names, palette colour names, relationship targets. */
  name: 80,
  /** One-line labels: genre, tone, role, age, pronouns, a theme, a mood keyword, the medium. */
  label: 120,
  /** A sentence or two: setting, vibe, key visual trait, lighting, camera, flaw, motivation. */
  sentence: 600,
  /** Paragraphs: descriptions, appearance, backstory, scenes, plots, the season arc. */
  prose: 4_000,
  /** A character's own portrait prompt. */
  prompt: 4_000,
  /** Style guardrails appended to every prompt. */
  guardrails: 2_000,
  /** A prompt template body. */
  template: 8_000,
  /** A provider's model id. */
  model: 200,
} as const;

/** The shortest premise the API takes (trimmed); the home page checks it before leaving. */
export const premiseMinLength = 3;

export type TextLimitName = keyof typeof textLimits;
