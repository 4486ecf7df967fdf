/**
 * Everything a pitch deck shows, as plain text and local file paths: the deck builder reads no
 * database and no media store (`shows/pitch-deck-input.ts` loads this from a show). Any text may
 * be of any length and any image path may be missing or unreadable: the deck fits the one and
 * draws a placeholder for the other.
 */
export interface PitchDeckInput {
  title: string;
  logline: string;
  tagline: string;
  genre: string;
  tone: string;
  /** "stop-motion claymation", "prestige live action". */
  medium: string;
  posterPath: string | null;
  style: PitchDeckStyle;
  cast: PitchDeckCastMember[];
  season: PitchDeckSeason | null;
  /** One per episode with a board, in episode order; an empty list makes no storyboard pages. */
  storyboards: PitchDeckStoryboard[];
}

/** The style bible: the production style, the palette and the cinematography notes. */
export interface PitchDeckStyle {
  description: string;
  palette: { name: string; hex: string }[];
  /** Lighting, camera, composition, textures: a label and a sentence each. */
  notes: { label: string; text: string }[];
  moodKeywords: string[];
}

export interface PitchDeckCastMember {
  name: string;
  role: string;
  /** A few sentences; the card cuts what does not fit. */
  bio: string;
  portraitPath: string | null;
}

export interface PitchDeckSeason {
  arc: string;
  /** "8 × 42 min · cold open, four acts"; "" for none. */
  format: string;
  episodes: { number: number; title: string; logline: string }[];
}

export interface PitchDeckStoryboard {
  episodeNumber: number;
  episodeTitle: string;
  shots: PitchDeckShot[];
}

export interface PitchDeckShot {
  number: number;
  framePath: string | null;
  /** "INT. NIGHT MARKET – NIGHT". */
  heading: string;
  action: string;
  /** Dialogue and narration in the order spoken; the narrator's speaker is "Narrator". */
  lines: { speaker: string; text: string }[];
}
