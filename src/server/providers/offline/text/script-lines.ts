import { capitalize } from "./prose";
import type { Player } from "./script-cast";
import type { SeededRandom } from "./seeded-random";
import { beatDirections, type LineBeat, type LineBook } from "./vocabulary/script-beats";
import { livelyLines } from "./vocabulary/script-lines-lively";
import { quietLines } from "./vocabulary/script-lines-quiet";
import { type Register, registerManner, registers } from "./vocabulary/script-registers";

const book: LineBook = { ...quietLines, ...livelyLines };

/** Everything a line may name besides the person spoken to. */
export interface LineSlots {
  hook: string;
  place: string;
  /** "the photograph". */
  prop: string;
  greeting: string;
  hello: string;
  partOfDay: string;
}

/** A line still to be written: who says which beat to whom. */
export interface Cue {
  speaker: Player;
  beat: LineBeat;
  listener: Player | null;
  /** A line the situation dictates (calling a missing friend's name), said as written. */
  fixed?: { line: string; direction: string };
}

export interface SpokenLine {
  characterId: string;
  line: string;
  delivery: string;
}

/** Capital letters after a full stop ("… forgotten. the island …"), but not after an ellipsis. */
export function capitalizeSentences(text: string): string {
  return capitalize(text).replace(
    /([^.][.!?]\s+)(\p{Ll})/gu,
    (_, end: string, letter: string) => `${end}${letter.toUpperCase()}`,
  );
}

function fill(template: string, slots: LineSlots, listener: Player | null): string {
  const values: Record<string, string> = {
    ...slots,
    Hook: capitalize(slots.hook),
    other: listener?.first ?? "",
  };
  return capitalizeSentences(
    template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? ""),
  );
}

/**
 * Which cue each character's habit shapes: their line at the habit's most preferred beat, so a
 * counter counts at the turn rather than at the first thing they say.
 */
function habitCues(cues: readonly Cue[]): Set<Cue> {
  const chosen = new Set<Cue>();
  const speakers = new Set(cues.map((cue) => cue.speaker));
  for (const speaker of speakers) {
    const habit = speaker.voice.habit;
    const own = cues.filter(
      (cue) => cue.speaker === speaker && !cue.fixed && (!habit?.needsListener || cue.listener),
    );
    const beat = habit?.beats.find((wanted) => own.some((cue) => cue.beat === wanted));
    const cue = own.find((candidate) => candidate.beat === beat);
    if (cue) {
      chosen.add(cue);
    }
  }
  return chosen;
}

/**
 * Writes every cue in its speaker's register, in script order, never the same line twice: a
 * register whose variants are used up borrows from the next register rather than repeat.
 */
export function writeLines(
  cues: readonly Cue[],
  slots: LineSlots,
  random: SeededRandom,
): SpokenLine[] {
  const used = new Set<string>();
  const shaped = habitCues(cues);
  const candidates = (register: Register, { beat, listener }: Cue) =>
    book[register][beat]
      .filter((template) => listener || !template.includes("{other}"))
      .map((template) => fill(template, slots, listener))
      .filter((line) => !used.has(line));

  return cues.map((cue) => {
    const own = cue.speaker.voice.register;
    if (cue.fixed && !used.has(cue.fixed.line)) {
      used.add(cue.fixed.line);
      const manner = random.pick(registerManner[own]);
      return {
        characterId: cue.speaker.id,
        line: cue.fixed.line,
        delivery: `${manner}, ${cue.fixed.direction}`,
      };
    }
    const order = [own, ...registers.slice(registers.indexOf(own) + 1), ...registers];
    const register = order.find((entry) => candidates(entry, cue).length > 0) ?? own;
    let line = random.pick(candidates(register, cue));
    let direction = random.pick(beatDirections[cue.beat]);
    const habit = cue.speaker.voice.habit;
    if (habit && shaped.has(cue)) {
      const listener = cue.listener && { first: cue.listener.first, full: cue.listener.full };
      const rewritten = capitalizeSentences(habit.apply(line, listener));
      if (!used.has(rewritten)) {
        line = rewritten;
        direction = habit.direction ?? direction;
      }
    }
    used.add(line);
    return {
      characterId: cue.speaker.id,
      line,
      delivery: `${random.pick(registerManner[own])}, ${direction}`,
    };
  });
}
