import { seededRandom } from "../../image/seeded-random";
import type { ScorePlan } from "./mood-to-music";
import type { PulseVoiceName } from "./pulse-voices";
import type { NoteEvent } from "./synth";
import { degreeToMidi, diatonicChord } from "./theory";

/**
 * The plan as notes: one chord per bar on the pad, the bass line under it, and the pulse on top,
 * every event placed on the bar grid so the bed loops at bar lines. The last bar returns to the
 * tonic so the bed ends at home.
 */

export interface PulseEvent extends NoteEvent {
  voice: PulseVoiceName;
}

export interface Arrangement {
  pad: NoteEvent[];
  bass: NoteEvent[];
  pulse: PulseEvent[];
  beatSeconds: number;
  barSeconds: number;
}

/** The pad voicing of each bar: chord tones folded into one octave around the key's fifth. */
function voicedChord(plan: ScorePlan, degree: number): number[] {
  const center = plan.tonicMidi + 7;
  const notes = diatonicChord(plan.tonicMidi, plan.mode, degree, plan.sound.chordSize).map(
    (note) => {
      let folded = note;
      while (folded < center - 6) {
        folded += 12;
      }
      while (folded >= center + 6) {
        folded -= 12;
      }
      return folded;
    },
  );
  if (plan.style === "horror") {
    // The scale step over the root, an octave up: a second rubbing against the chord (over the
    // tonic, phrygian's flat second), the cluster that makes the drone uneasy.
    const second =
      degreeToMidi(plan.tonicMidi, plan.mode, degree + 1) -
      degreeToMidi(plan.tonicMidi, plan.mode, degree);
    notes.push(notes[0]! + 12 + second);
  }
  return notes.sort((a, b) => a - b);
}

function degreeOfBar(plan: ScorePlan, bar: number): number {
  if (bar === plan.bars - 1 && plan.bars > 1) {
    return 0;
  }
  return plan.progression[bar % plan.progression.length]!;
}

/** The bass register: roots between A1 (55 Hz) and about A2, audible on small speakers. */
function bassRoot(plan: ScorePlan, degree: number): number {
  let tonic = plan.tonicMidi - 24;
  if (tonic < 33) {
    tonic += 12;
  }
  const root = degreeToMidi(tonic, plan.mode, degree);
  return root - 12 >= 33 && root > tonic + 7 ? root - 12 : root;
}

export function arrange(plan: ScorePlan): Arrangement {
  const beatSeconds = 60 / plan.tempoBpm;
  const barSeconds = beatSeconds * plan.beatsPerBar;
  const random = seededRandom(plan.seed ^ 0x5eed);
  const degrees = Array.from({ length: plan.bars }, (_, bar) => degreeOfBar(plan, bar));
  const chords = degrees.map((degree) => voicedChord(plan, degree));
  const roots = degrees.map((degree) => bassRoot(plan, degree));

  const pad = padLine(chords, barSeconds);
  const bass = bassLine(plan, roots, degrees, beatSeconds, barSeconds);
  const pulse = pulseLine(plan, chords, bassRoot(plan, 0), beatSeconds, random);
  return { pad, bass, pulse, beatSeconds, barSeconds };
}

/** Held chords; a note shared with the next chord is tied over rather than struck again. */
function padLine(chords: number[][], barSeconds: number): NoteEvent[] {
  const events: NoteEvent[] = [];
  let open = new Map<number, NoteEvent>();
  chords.forEach((chord, bar) => {
    const next = new Map<number, NoteEvent>();
    for (const midi of chord) {
      const held = open.get(midi);
      if (held) {
        held.durationSeconds += barSeconds;
        next.set(midi, held);
      } else {
        const event = {
          startSeconds: bar * barSeconds,
          durationSeconds: barSeconds,
          midi,
          velocity: 0.8,
          pan: 0,
        };
        events.push(event);
        next.set(midi, event);
      }
    }
    open = next;
  });
  return events;
}

function bassLine(
  plan: ScorePlan,
  roots: number[],
  degrees: number[],
  beatSeconds: number,
  barSeconds: number,
): NoteEvent[] {
  const events: NoteEvent[] = [];
  const note = (start: number, length: number, midi: number, velocity: number) =>
    events.push({ startSeconds: start, durationSeconds: length, midi, velocity, pan: 0 });
  const pattern = plan.sound.bass;
  if (pattern === "drone") {
    note(0, plan.bars * barSeconds, roots[0]!, 0.9);
    return events;
  }
  roots.forEach((root, bar) => {
    const barStart = bar * barSeconds;
    const beat = (index: number) => barStart + index * beatSeconds;
    switch (pattern) {
      case "sustain":
        note(barStart, barSeconds * 0.92, root, 0.9);
        break;
      case "eighths":
        for (let index = 0; index < 8; index++) {
          note(
            barStart + (index * beatSeconds) / 2,
            beatSeconds * 0.3,
            root,
            index % 4 === 0 ? 1 : 0.7,
          );
        }
        break;
      case "rootFifth": {
        const fifth = root + 7 > 50 ? root - 5 : root + 7;
        [root, fifth, root, fifth].forEach((midi, index) => {
          note(beat(index), beatSeconds * 0.4, midi, index === 0 ? 1 : 0.8);
        });
        break;
      }
      case "walking": {
        // Root, the chord's own third and fifth (a diminished chord's fifth is flat), then a
        // half-step approach into the next bar's root.
        const degree = degrees[bar]!;
        const interval = (steps: number) =>
          degreeToMidi(0, plan.mode, degree + steps) - degreeToMidi(0, plan.mode, degree);
        const third = root + interval(2);
        const fifth = root + interval(4);
        const nextRoot = roots[bar + 1] ?? roots[0]!;
        const approach = nextRoot === root ? root + 2 : nextRoot - 1;
        [root, third, fifth, approach].forEach((midi, index) => {
          note(beat(index), beatSeconds * 0.85, midi, index === 0 ? 0.95 : 0.8);
        });
        break;
      }
    }
  });
  return events;
}

/** Pulse notes per beat, halved until no faster than about eight a second. */
function pulseDivision(plan: ScorePlan): number {
  let division: number = plan.sound.pulseDivision;
  while (division > 1 && (plan.tempoBpm * division) / 60 > 8.2) {
    division /= 2;
  }
  return division;
}

function pulseLine(
  plan: ScorePlan,
  chords: number[][],
  tonicRoot: number,
  beatSeconds: number,
  random: ReturnType<typeof seededRandom>,
): PulseEvent[] {
  const events: PulseEvent[] = [];
  const division = pulseDivision(plan);
  const step = beatSeconds / division;
  const swingDelay = plan.sound.swing * step;
  const hit = (
    voice: PulseVoiceName,
    start: number,
    length: number,
    midi: number,
    velocity: number,
    pan: number,
  ) => events.push({ voice, startSeconds: start, durationSeconds: length, midi, velocity, pan });
  const humanize = (velocity: number) => Math.min(1, velocity * random.range(0.9, 1.08));

  for (let bar = 0; bar < plan.bars; bar++) {
    const chord = chords[bar]!;
    const barStart = bar * beatSeconds * plan.beatsPerBar;
    const stepsPerBar = plan.beatsPerBar * division;
    // Up the chord and over the top: four notes per cycle whatever the chord size.
    const arpeggio = [chord[0]!, chord[1]!, chord[2]!, chord[3] ?? chord[0]! + 12];

    for (let index = 0; index < stepsPerBar; index++) {
      const offbeat = index % 2 === 1 && division >= 2;
      const start = barStart + index * step + (offbeat ? swingDelay : 0);
      const onBeat = index % division === 0;
      const beatIndex = Math.floor(index / division);
      const downbeat = index === 0;
      switch (plan.sound.pulse) {
        case "arpeggio":
          hit(
            "pluck",
            start,
            step * 0.9,
            arpeggio[index % 4]! + 12,
            humanize(downbeat ? 0.9 : 0.65),
            index % 2 ? 0.35 : -0.35,
          );
          break;
        case "bells":
          // A music box that skips a note now and then, so the line twinkles instead of ticking.
          if (downbeat || random.next() > 0.25) {
            hit(
              "bell",
              start,
              step,
              arpeggio[(index * 3) % 4]! + 24,
              humanize(downbeat ? 0.8 : 0.55),
              index % 2 ? 0.3 : -0.2,
            );
          }
          break;
        case "offbeat":
          if (offbeat) {
            chord.slice(0, 3).forEach((midi, voiceIndex) => {
              hit("pluck", start, step * 0.5, midi + 12, humanize(0.55), (voiceIndex - 1) * 0.4);
            });
          }
          break;
        case "ostinato": {
          // A tonic pedal under the moving chords, accented 3+3+2: the thriller's lean forward.
          const accent = [0, 3, 6].includes(index % 8);
          const shape = [0, 0, 7, 0, 12, 0, 7, 0];
          hit(
            "mutedPluck",
            start,
            step * 0.8,
            tonicRoot + 24 + shape[index % 8]!,
            humanize(accent ? 0.9 : 0.5),
            index % 2 ? 0.2 : -0.2,
          );
          break;
        }
        case "brushes":
          hit("hat", start, step, 0, humanize(beatIndex % 2 === 1 && onBeat ? 0.45 : 0.3), 0.3);
          if (onBeat && beatIndex % 2 === 1) {
            hit("brush", start, beatSeconds, 0, humanize(0.7), -0.2);
          }
          break;
        case "heartbeat":
          if (onBeat && beatIndex % 2 === 0) {
            hit("heartbeat", start, 0.2, 0, humanize(1), 0);
            hit("heartbeat", start + Math.min(0.28, beatSeconds * 0.3), 0.2, 0, humanize(0.65), 0);
          }
          break;
      }
      if (plan.sound.kick && onBeat && (plan.sound.pulse !== "offbeat" || beatIndex % 2 === 0)) {
        hit("kick", start, 0.2, 0, humanize(beatIndex === 0 ? 0.9 : 0.6), 0);
      }
    }
    if (plan.sound.pulse === "heartbeat" && bar % 4 === 2) {
      // Every fourth bar a music-box ping on the tonic and the step above it (phrygian's flat
      // second: a half step), far off to one side.
      const ping = plan.tonicMidi + 24;
      const at = barStart + random.int(1, 3) * beatSeconds;
      const side = random.next() > 0.5 ? 0.6 : -0.6;
      hit("bell", at, beatSeconds, ping, 0.4, side);
      hit("bell", at + beatSeconds * 0.5, beatSeconds, degreeToMidi(ping, plan.mode, 1), 0.3, side);
    }
  }
  return events;
}
