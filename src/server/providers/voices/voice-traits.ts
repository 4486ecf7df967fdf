/**
 * What a provider's voice sounds like, as far as casting cares: who it could play. Catalogs of
 * these (offline, OpenAI, Replicate) are both the voice pickers' lists and what `chooseVoice`
 * matches a dossier against.
 */

export type Presentation = "feminine" | "masculine" | "neutral";

export type AgeBand = "child" | "teen" | "adult" | "elder";

/** Accents casting can hear in a dossier; "neutral" is whatever the voice has. */
export type AccentId =
  | "neutral"
  | "american"
  | "british"
  | "received"
  | "scottish"
  | "northern-english"
  | "midlands"
  | "caribbean"
  | "new-york"
  | "southern-us"
  | "irish"
  | "french"
  | "german"
  | "italian"
  | "spanish"
  | "russian"
  | "indian"
  | "australian";

/** Colour of a voice, for temperament: a gravelly character wants a rough or deep one. */
export type Timbre = "deep" | "bright" | "rough" | "warm" | "smooth" | "airy";

export interface CatalogVoice {
  voiceId: string;
  label: string;
  presentation: Presentation;
  /** Ages it plays convincingly. */
  ages: readonly AgeBand[];
  /** The accent it speaks with; "neutral" for paid voices that take accents from instructions. */
  accent: AccentId;
  timbre: readonly Timbre[];
}
