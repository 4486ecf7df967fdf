import type { TimeOfDay } from "../../../../shows/episode-script";

/**
 * One-sentence actions for each kind of shot. `a` is the character the scene follows, `b` the
 * one who joins them, `room` and `prop` plain nouns ("lamp room", "photograph"). Every name an
 * action uses is put in its shot's `characterIds`.
 */
export interface ActionSlots {
  a: string;
  b: string;
  room: string;
  prop: string;
  /** ", in a bright red raincoat", ", with a cane", or "". */
  bTrait: string;
  aTrait: string;
}

type Action = (s: ActionSlots) => string;

export const establishing: Record<TimeOfDay, readonly ((vista: string) => string)[]> = {
  dawn: [
    (v) => `First light creeps over the ${v}, and nothing moves yet`,
    (v) => `Mist lifts off the ${v} as the day begins`,
  ],
  day: [
    (v) => `The ${v} in flat afternoon light, ordinary and busy`,
    (v) => `A bright, unremarkable afternoon over the ${v}`,
  ],
  dusk: [
    (v) => `The last light drains from the ${v}; one window is lit`,
    (v) => `Dusk settles over the ${v}, and the first lamps come on`,
  ],
  night: [
    (v) => `Night over the ${v}; a single window still burns`,
    (v) => `The ${v} at night, dark except for one stubborn light`,
  ],
};

export const entrances: Record<"inside" | "dark" | "outside", readonly Action[]> = {
  dark: [
    (s) => `${s.a} lets the door swing shut and crosses the ${s.room} without switching on a light`,
    (s) => `${s.a} slips into the ${s.room} by the light of a torch${s.aTrait}`,
  ],
  inside: [
    (s) => `${s.a} lets the door swing shut and crosses the ${s.room} in a hurry`,
    (s) => `${s.a} hurries into the ${s.room}, out of breath${s.aTrait}`,
    (s) => `${s.a} backs into the ${s.room} with both arms full and kicks the door shut`,
  ],
  outside: [
    (s) => `${s.a} crosses the ${s.room}, head down against the wind${s.aTrait}`,
    (s) => `${s.a} comes into view along the ${s.room}, walking fast`,
  ],
};

export const discoveries: readonly Action[] = [
  (s) => `${s.a} picks up the ${s.prop} and turns it over, very slowly`,
  (s) => `${s.a} stops dead at the sight of the ${s.prop}`,
  (s) => `${s.a} leans closer to the ${s.prop}, barely breathing`,
];

export const arrivals: Record<"inside" | "dark" | "outside", readonly Action[]> = {
  inside: [
    (s) => `${s.a} spins round: ${s.b} is in the doorway${s.bTrait}`,
    (s) => `${s.b} bursts in, and ${s.a} nearly drops the ${s.prop}`,
    (s) => `${s.b} slips in behind ${s.a}${s.bTrait}`,
  ],
  dark: [
    (s) => `${s.b} steps in out of the dark${s.bTrait}, and ${s.a} nearly drops the ${s.prop}`,
    (s) => `A shape in the doorway becomes ${s.b}${s.bTrait}`,
  ],
  outside: [
    (s) => `${s.b} steps out of the shadows by the ${s.room}${s.bTrait}, and ${s.a} spins round`,
    (s) => `${s.b} catches up with ${s.a}, breathing hard`,
  ],
};

/** The over-the-shoulder exchange, beat by beat: whose shoulder, and what the speaker does. */
export const exchanges: Record<"deflect" | "press" | "admit" | "respond", readonly Action[]> = {
  deflect: [
    (s) => `Over ${s.b}'s shoulder, ${s.a} slides the ${s.prop} out of sight a moment too late`,
    (s) => `Over ${s.b}'s shoulder, ${s.a} turns away and busies both hands`,
  ],
  press: [
    (s) => `Over ${s.a}'s shoulder, ${s.b} steps closer and will not be brushed off`,
    (s) => `Over ${s.a}'s shoulder, ${s.b} holds out a hand for the ${s.prop}`,
  ],
  admit: [
    (s) => `Over ${s.b}'s shoulder, ${s.a} finally meets ${s.b}'s eyes`,
    (s) => `Over ${s.b}'s shoulder, ${s.a} sets the ${s.prop} down between them`,
  ],
  respond: [
    (s) => `Over ${s.a}'s shoulder, ${s.b} takes that in and sits down hard`,
    (s) => `Over ${s.a}'s shoulder, ${s.b} laughs once, then sees it is no joke`,
  ],
};

/** A scene with one character: they talk to themselves, or to the prop. */
export const alone: Record<"deflect" | "admit", readonly Action[]> = {
  deflect: [
    (s) => `${s.a} paces the ${s.room}, arguing with nobody`,
    (s) => `${s.a} shoves the ${s.prop} into a drawer, then takes it straight back out`,
  ],
  admit: [
    (s) => `${s.a} sinks into a chair and talks to the ${s.prop} as if it might answer`,
    (s) => `${s.a} checks the ${s.prop} against an old note, and the two match`,
  ],
};

export const reactions: readonly Action[] = [
  (s) => `Close on ${s.a}, who does not breathe`,
  (s) => `${s.a} freezes, eyes on the door`,
  (s) => `${s.a}'s hand closes round the ${s.prop}`,
];

export const decisions: {
  together: readonly Action[];
  alone: readonly Action[];
  outside: readonly Action[];
} = {
  together: [
    (s) => `${s.a} grabs a coat and the ${s.prop}; ${s.b} hesitates, then follows`,
    (s) => `${s.a} and ${s.b} look at each other, and neither says no`,
  ],
  alone: [
    (s) => `${s.a} grabs a coat and the ${s.prop}, and heads for the door`,
    (s) => `${s.a} takes a deep breath and squares up to the dark`,
  ],
  outside: [
    (s) => `${s.a} and ${s.b} spill out onto the ${s.room}, ${s.a} still clutching the ${s.prop}`,
    (s) => `${s.a} bursts out onto the ${s.room}, ${s.b} close behind`,
  ],
};

export const sceneExits: readonly Action[] = [
  (s) => `${s.a} bursts out onto the ${s.room}, alone, the ${s.prop} held tight`,
  (s) => `${s.a} steps out onto the ${s.room} and looks up`,
];
