/**
 * Just enough music theory for a bed: modes as semitone steps, diatonic chords built on a scale
 * degree, and progressions written as degrees so one list serves every key and mode.
 */

/** Modes from brightest to darkest, plus harmonic minor for a leading tone under tension. */
export const modes = {
  lydian: [0, 2, 4, 6, 7, 9, 11],
  ionian: [0, 2, 4, 5, 7, 9, 11],
  mixolydian: [0, 2, 4, 5, 7, 9, 10],
  dorian: [0, 2, 3, 5, 7, 9, 10],
  aeolian: [0, 2, 3, 5, 7, 8, 10],
  phrygian: [0, 1, 3, 5, 7, 8, 10],
  harmonicMinor: [0, 2, 3, 5, 7, 8, 11],
} as const satisfies Record<string, readonly number[]>;

export type ModeName = keyof typeof modes;

/** Whether the mode's tonic triad is major (its third is four semitones up). */
export function isMajorMode(mode: ModeName): boolean {
  return modes[mode][2] === 4;
}

export const noteNames = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"] as const;

/** "A minor (aeolian)" style label, for logs and the report. */
export function keyLabel(tonicMidi: number, mode: ModeName): string {
  const name = noteNames[((tonicMidi % 12) + 12) % 12];
  return `${name} ${isMajorMode(mode) ? "major" : "minor"} (${mode})`;
}

/** Equal temperament, A4 = midi 69 = 440 Hz. */
export function midiToHz(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}

/** The midi note of a scale degree (0-based, may exceed 6 or go negative) above `tonicMidi`. */
export function degreeToMidi(tonicMidi: number, mode: ModeName, degree: number): number {
  const steps = modes[mode];
  const octave = Math.floor(degree / 7);
  const index = degree - octave * 7;
  return tonicMidi + octave * 12 + steps[index]!;
}

/**
 * The diatonic chord on `degree`: stacked thirds within the mode, so the same progression is
 * major in ionian and minor in aeolian without a table per key. `size` 3 is a triad, 4 a seventh.
 */
export function diatonicChord(
  tonicMidi: number,
  mode: ModeName,
  degree: number,
  size: 3 | 4,
): number[] {
  const notes: number[] = [];
  for (let third = 0; third < size; third++) {
    notes.push(degreeToMidi(tonicMidi, mode, degree + third * 2));
  }
  return notes;
}

export type ProgressionFamily =
  | "major"
  | "bright"
  | "mixolydian"
  | "dorian"
  | "minor"
  | "tense"
  | "dark";

/**
 * Four-bar progressions by mode family (degrees, 0 = tonic). Each ends on a chord that leads back
 * to its first, so the loop repeats at the bar line without a seam.
 */
export const progressions: Record<ProgressionFamily, readonly (readonly number[])[]> = {
  major: [
    [0, 4, 5, 3], // I–V–vi–IV
    [0, 5, 3, 4], // I–vi–IV–V
    [0, 3, 5, 4], // I–IV–vi–V
    [0, 3, 0, 4], // I–IV–I–V
  ],
  bright: [
    [0, 1, 0, 1], // lydian I–II: the floating raised fourth
    [0, 1, 4, 0],
  ],
  mixolydian: [
    [0, 6, 3, 0], // I–bVII–IV–I
    [0, 6, 0, 3],
  ],
  dorian: [
    [0, 3, 0, 6], // i–IV–i–bVII: the dorian major fourth
    [0, 1, 3, 0],
  ],
  // The minor loops come back to i often: i–VI–III–VII, the most common minor loop in pop, is
  // heard as its relative major (vi–IV–I–V) and would turn a noir bed bright.
  minor: [
    [0, 5, 3, 4], // i–VI–iv–v
    [0, 3, 0, 4], // i–iv–i–v
    [0, 5, 6, 0], // i–VI–VII–i
    [0, 3, 5, 4], // i–iv–VI–v
  ],
  /** Harmonic minor: only chords that avoid its augmented III, for the major V's pull home. */
  tense: [
    [0, 3, 4, 0], // i–iv–V–i
    [0, 5, 3, 4], // i–VI–iv–V
  ],
  dark: [
    [0, 1, 0, 6], // phrygian i–bII–i–bVII
    [0, 5, 1, 0],
  ],
};

/** Which progression family suits a mode. */
export function progressionFamily(mode: ModeName): ProgressionFamily {
  switch (mode) {
    case "lydian":
      return "bright";
    case "ionian":
      return "major";
    case "mixolydian":
      return "mixolydian";
    case "dorian":
      return "dorian";
    case "aeolian":
      return "minor";
    case "harmonicMinor":
      return "tense";
    case "phrygian":
      return "dark";
  }
}
