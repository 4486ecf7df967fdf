import type { MusicRequest } from "../../../types";
import { seededRandom, seedFrom } from "../../image/seeded-random";
import { type MoodProfile, moodProfile } from "./mood-lexicon";
import { detectStyle, type ScoreStyle, type StyleSound, styleSounds } from "./score-style";
import { keyLabel, type ModeName, progressionFamily, progressions } from "./theory";

/** Everything the arrangement and the synth need, decided once from the request. */
export interface ScorePlan {
  seed: number;
  style: ScoreStyle;
  sound: StyleSound;
  profile: MoodProfile;
  mode: ModeName;
  /** The pad's tonic (midi 48–59); the bass plays an octave or two under it. */
  tonicMidi: number;
  key: string;
  /** Fitted so the bed is a whole number of bars (see `fitTempoToBars`). */
  tempoBpm: number;
  beatsPerBar: 4;
  bars: number;
  /** One chord per bar, as scale degrees, looped. */
  progression: readonly number[];
  padCutoffHz: number;
}

/** Tempo multipliers for the requested pace. */
const paceFactor: Record<MusicRequest["context"]["pace"], number> = {
  slow: 0.8,
  medium: 1,
  fast: 1.22,
};

/** The words behind a score and how much each phrase weighs: genre and tone set the frame. */
function scoreWords(context: MusicRequest["context"]) {
  const { blueprint, mood } = context;
  return [
    { text: blueprint.genre, weight: 2 },
    { text: blueprint.tone, weight: 1.5 },
    ...mood.map((word) => ({ text: word, weight: 1 })),
  ];
}

/**
 * The mode a style and mood call for. Horror is phrygian (its flat second is the dread); the
 * thriller's harmonic minor adds a leading tone that pulls; noir is always minor; kids and comedy
 * always major. Other styles follow the valence dial, tension darkening the minor side.
 */
export function chooseMode(style: ScoreStyle, profile: MoodProfile): ModeName {
  const { valence, brightness, tension } = profile;
  switch (style) {
    case "horror":
      return "phrygian";
    case "thriller":
      return tension > 0.5 ? "harmonicMinor" : "aeolian";
    case "noir":
      return valence > -0.25 ? "dorian" : "aeolian";
    case "kids":
      return brightness > 0.6 ? "lydian" : "ionian";
    case "comedy":
      return valence > 0.5 ? "ionian" : "mixolydian";
    default:
      if (tension > 0.75) {
        return "phrygian";
      }
      if (valence > 0.45) {
        return brightness > 0.7 ? "lydian" : "ionian";
      }
      if (valence > 0.1) {
        return "mixolydian";
      }
      return valence > -0.3 ? "dorian" : "aeolian";
  }
}

/** Beats per minute from the style's base, the energy dial (±16) and the pace. */
export function chooseTempo(
  sound: StyleSound,
  profile: MoodProfile,
  pace: MusicRequest["context"]["pace"],
): number {
  const tempo = (sound.baseTempo + 16 * profile.energy) * paceFactor[pace];
  return Math.max(48, Math.min(168, tempo));
}

/**
 * Nudges the tempo (at most 8 %) so the bed is a whole number of bars: it then ends on a bar
 * line, on its tonic, and a loop of it repeats in time. When no whole number is near (a bed
 * shorter than a bar or two), the tempo stays and the last bar is cut by the fade.
 */
export function fitTempoToBars(
  tempoBpm: number,
  durationSeconds: number,
  beatsPerBar: number,
): { tempoBpm: number; bars: number } {
  const barSeconds = (beatsPerBar * 60) / tempoBpm;
  const wholeBars = Math.max(1, Math.round(durationSeconds / barSeconds));
  const fitted = (wholeBars * beatsPerBar * 60) / durationSeconds;
  if (Math.abs(fitted / tempoBpm - 1) <= 0.08) {
    return { tempoBpm: fitted, bars: wholeBars };
  }
  return { tempoBpm, bars: Math.ceil(durationSeconds / barSeconds) };
}

/** The plan for a request: the same request always gives the same plan. */
export function planScore(request: MusicRequest): ScorePlan {
  const { context, durationSeconds } = request;
  const { blueprint, mood, pace } = context;
  const style = detectStyle(blueprint.genre, blueprint.tone, mood);
  const sound = styleSounds[style];
  const profile = moodProfile(scoreWords(context));
  const mode = chooseMode(style, profile);

  // The title joins the seed so two shows of one mood do not share a key and progression.
  const seed = seedFrom(
    "score",
    blueprint.title,
    blueprint.genre,
    blueprint.tone,
    mood.join("|"),
    pace,
  );
  const random = seededRandom(seed);
  const tonicMidi = 48 + random.int(0, 11);
  const progression = random.pick(progressions[progressionFamily(mode)]);

  const beatsPerBar = 4;
  const { tempoBpm, bars } = fitTempoToBars(
    chooseTempo(sound, profile, pace),
    durationSeconds,
    beatsPerBar,
  );
  const padCutoffHz = Math.max(
    400,
    Math.min(6000, sound.cutoffHz * 2 ** (0.8 * profile.brightness)),
  );

  return {
    seed,
    style,
    sound,
    profile,
    mode,
    tonicMidi,
    key: keyLabel(tonicMidi, mode),
    tempoBpm,
    beatsPerBar,
    bars,
    progression,
    padCutoffHz,
  };
}
