import type { CameraMove, ShotFraming } from "../../../shows/episode-script";
import type { Player } from "./script-cast";
import type { Cue } from "./script-lines";
import type { ColdOpenSetting } from "./script-setting";
import type { SeededRandom } from "./seeded-random";
import {
  type ActionSlots,
  alone,
  arrivals,
  decisions,
  discoveries,
  entrances,
  establishing,
  exchanges,
  reactions,
  sceneExits,
} from "./vocabulary/script-actions";
import type { LineBeat } from "./vocabulary/script-beats";
import type { GenreMoments, MomentSlots } from "./vocabulary/script-moments";
import type { Room } from "./vocabulary/script-places";
import type { Prop } from "./vocabulary/script-props";

/** A shot before its duration is balanced against the others. */
export interface DraftShot {
  room: Room;
  framing: ShotFraming;
  cameraMove: CameraMove;
  characterIds: string[];
  action: string;
  /** The lines to write, in order; script-lines.ts writes them once the whole cut is known. */
  dialogue: Cue[];
  narration: string;
  soundCue: string;
  preferredSeconds: number;
}

/** How long the cold open runs: exchange pairs, reaction close-ups, a decision before the button. */
export interface ColdOpenShape {
  exchangePairs: 1 | 2;
  reactions: 1 | 2;
  decision: boolean;
}

export interface ColdOpenPlan {
  players: readonly Player[];
  /** A character the episode has lost: the first thing said is their name. */
  absent: string | null;
  setting: ColdOpenSetting;
  moments: GenreMoments;
  momentSlots: MomentSlots;
  prop: Prop;
  hook: string;
  title: string;
  /** The narrator's first words, over the establishing shot. */
  openingNarration: string;
  random: SeededRandom;
}

const buttonSounds = ["music sting, then silence", "the theme crashes in", "a hard cut to silence"];

const cue = (speaker: Player, beat: LineBeat, listener: Player | null): Cue => ({
  speaker,
  beat,
  listener,
});

/** Draws from each list without repeating until it runs out: no action twice in a script. */
function createDeck(random: SeededRandom) {
  const decks = new Map<readonly unknown[], unknown[]>();
  return <T>(items: readonly T[]): T => {
    let deck = decks.get(items);
    if (!deck || deck.length === 0) {
      deck = random.shuffle(items);
      decks.set(items, deck);
    }
    return deck.shift() as T;
  };
}

/** Indoors after dark nobody reaches for the light switch; by day they just come in. */
function entranceKind(room: Room, setting: ColdOpenSetting) {
  if (!room.interior) {
    return "outside";
  }
  return setting.timeOfDay === "night" || setting.timeOfDay === "dusk" ? "dark" : "inside";
}

/**
 * The cold open as a director would block it: an establishing wide, an insert of the trouble,
 * the lead's entrance and discovery, a second character and an over-the-shoulder exchange, the
 * turn (with a third character walking in, when there is one), close reactions, a decision and
 * a button on the episode's title.
 */
export function draftShots(plan: ColdOpenPlan, shape: ColdOpenShape): DraftShot[] {
  const { players, setting, moments, prop, random } = plan;
  const draw = createDeck(random);
  const [a, b = null, c = null] = players as [Player, Player?, Player?];
  const present = [a, b, c].filter((player): player is Player => player !== null);
  const ids = (...cast: (Player | null)[]) =>
    cast.filter((p): p is Player => p !== null).map((p) => p.id);
  const slots = (main: Player, other: Player | null, room: Room): ActionSlots => ({
    a: main.first,
    b: other?.first ?? "",
    room: room.noun,
    prop: prop.noun,
    aTrait: main.trait ? `, ${main.trait}` : "",
    bTrait: other?.trait ? `, ${other.trait}` : "",
  });
  const shot = (room: Room, fields: Omit<DraftShot, "room">): DraftShot => ({ room, ...fields });
  const main = setting.main;
  const quiet = { dialogue: [], narration: "", soundCue: "" };
  const narrations = random.shuffle(moments.narration).map((line) => line(plan.momentSlots));

  const shots: DraftShot[] = [
    shot(setting.vista, {
      ...quiet,
      framing: "extreme wide",
      cameraMove: random.pick(["static", "pan", "dolly"] as const),
      characterIds: [],
      action: draw(establishing[setting.timeOfDay])(setting.vista.noun),
      narration: plan.openingNarration || narrations[0]!,
      soundCue: random.pick(moments.ambience),
      preferredSeconds: 5.5,
    }),
    shot(main, {
      ...quiet,
      framing: "insert",
      cameraMove: random.pick(["static", "push-in"] as const),
      characterIds: [],
      action: prop.sign(plan.hook),
      narration: moments.narrated ? narrations[1]! : "",
      soundCue: random.pick(moments.sting),
      preferredSeconds: 3.5,
    }),
    shot(main, {
      ...quiet,
      framing: random.pick(["wide", "medium wide"] as const),
      cameraMove: moments.handheld,
      characterIds: ids(a),
      action: draw(entrances[entranceKind(main, setting)])(slots(a, null, main)),
      preferredSeconds: 4,
    }),
    shot(main, {
      ...quiet,
      framing: random.pick(["close-up", "medium close-up"] as const),
      cameraMove: "push-in",
      characterIds: ids(a),
      action: draw(discoveries)(slots(a, null, main)),
      dialogue: [
        plan.absent
          ? {
              ...cue(a, "notice", null),
              fixed: { line: `${plan.absent}?`, direction: "calling out; no answer" },
            }
          : cue(a, "notice", null),
      ],
      preferredSeconds: 3,
    }),
  ];

  if (b) {
    shots.push(
      shot(main, {
        ...quiet,
        framing: random.pick(["medium wide", "medium"] as const),
        cameraMove: random.pick(["static", "pan"] as const),
        characterIds: ids(b, a),
        action: draw(arrivals[entranceKind(main, setting)])(slots(a, b, main)),
        dialogue: [cue(b, "greet", a)],
        preferredSeconds: 3,
      }),
    );
    const beats = (["deflect", "press", "admit", "respond"] as const).slice(
      0,
      shape.exchangePairs * 2,
    );
    for (const beat of beats) {
      const [speaker, listener] = beat === "deflect" || beat === "admit" ? [a, b] : [b, a];
      shots.push(
        shot(main, {
          ...quiet,
          framing: "over-the-shoulder",
          cameraMove: beat === "admit" ? "push-in" : "static",
          characterIds: ids(speaker, listener),
          action: draw(exchanges[beat])(slots(a, b, main)),
          dialogue: [cue(speaker, beat, listener)],
          preferredSeconds: 3,
        }),
      );
    }
  } else {
    for (const beat of ["deflect", "admit"] as const) {
      shots.push(
        shot(main, {
          ...quiet,
          framing: beat === "deflect" ? "medium" : "close-up",
          cameraMove: beat === "deflect" ? "dolly" : "push-in",
          characterIds: ids(a),
          action: draw(alone[beat])(slots(a, null, main)),
          dialogue: [cue(a, beat, null)],
          preferredSeconds: 3.5,
        }),
      );
    }
  }

  const turn = random.pick(moments.turns);
  const entrance = c
    ? ` — and ${c.first} is standing in the doorway${c.trait ? `, ${c.trait}` : ""}`
    : "";
  shots.push(
    shot(main, {
      ...quiet,
      framing: "wide",
      cameraMove: moments.handheld === "static" ? "static" : "handheld",
      characterIds: ids(...present),
      action: `${turn.action}${entrance}`,
      dialogue: c ? [cue(c, "greet", a)] : [],
      soundCue: turn.sound,
      preferredSeconds: 4.5,
    }),
  );

  const reactors = (b ? [b, a] : [a]).slice(0, shape.reactions);
  for (const reactor of reactors) {
    shots.push(
      shot(main, {
        ...quiet,
        framing: random.pick(["close-up", "extreme close-up"] as const),
        cameraMove: "static",
        characterIds: ids(reactor),
        action: draw(reactions)(slots(reactor, null, main)),
        dialogue: [cue(reactor, "turn", null)],
        preferredSeconds: 2.5,
      }),
    );
  }

  const outside = shape.decision && setting.outside && random.chance(0.5) ? setting.outside : null;
  if (shape.decision) {
    const room = outside ?? main;
    const actions = outside
      ? b
        ? decisions.outside
        : sceneExits
      : b
        ? decisions.together
        : decisions.alone;
    shots.push(
      shot(room, {
        ...quiet,
        framing: "medium",
        cameraMove: "dolly",
        characterIds: ids(...present),
        action: draw(actions)(slots(a, b, room)),
        dialogue: [cue(a, "resolve", b)],
        preferredSeconds: 3.5,
      }),
    );
  }

  // The narrator's lines never repeat: the opening may have used the genre's first.
  const closing = plan.openingNarration ? narrations[0]! : narrations[1]!;
  shots.push(buttonShot(plan, outside ?? main, b, closing));
  return shots;
}

/** The last image and the episode's title; the narrator closes some shows, a last line others. */
function buttonShot(
  plan: ColdOpenPlan,
  room: Room,
  b: Player | null,
  narration: string,
): DraftShot {
  const { random, moments } = plan;
  const image = random.pick(moments.buttons)(plan.momentSlots);
  const action = `${image}; cut to the title: ${plan.title}`;
  const soundCue = random.pick(buttonSounds);
  if (!moments.narrated && random.chance(0.5)) {
    return {
      room,
      framing: "extreme wide",
      cameraMove: "dolly",
      characterIds: [],
      action,
      dialogue: [],
      narration,
      soundCue,
      preferredSeconds: 5,
    };
  }
  // Whoever the image holds on says the last line.
  const a = plan.players[0]!;
  const speaker = b && !image.includes(a.first) && random.chance(0.5) ? b : a;
  return {
    room,
    framing: "close-up",
    cameraMove: "push-in",
    characterIds: [speaker.id],
    action,
    dialogue: [cue(speaker, "button", null)],
    narration: "",
    soundCue,
    preferredSeconds: 5,
  };
}
