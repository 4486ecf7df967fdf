import type { CameraMove, TimeOfDay } from "../../../../shows/episode-script";
import type { GenreId } from "./genres";

/** What the narrator and the actions may mention: first names and the show's own phrases. */
export interface MomentSlots {
  lead: string;
  place: string;
  /** "on the island", "in the city". */
  at: string;
  hook: string;
}

/** How a genre opens and turns a cold open. */
export interface GenreMoments {
  /** When the cold open happens unless the episode says otherwise. */
  timeOfDay: TimeOfDay;
  /** Under the establishing shot. */
  ambience: readonly string[];
  /** The insert's sting. */
  sting: readonly string[];
  /** The turn: an event everyone in the room sees, and what it sounds like. */
  turns: readonly { action: string; sound: string }[];
  /** The last image before the title. */
  buttons: readonly ((s: MomentSlots) => string)[];
  /** The narrator's second line, on the insert or the button. */
  narration: readonly ((s: MomentSlots) => string)[];
  /** Shows that lean on a narrator narrate twice; others only sometimes. */
  narrated: boolean;
  /** How the camera follows people in this genre. */
  handheld: CameraMove;
}

export const genreMoments: Record<GenreId, GenreMoments> = {
  noir: {
    timeOfDay: "night",
    ambience: ["rain on tin roofs, a distant siren", "rain, a muted trumpet from a club below"],
    sting: ["a single low piano note", "a lighter flicks open"],
    turns: [
      {
        action: "A shot cracks somewhere below and the neon outside stutters out",
        sound: "gunshot, then rain",
      },
      {
        action: "The phone on the wall rings once and stops, and everyone stares at it",
        sound: "one shrill ring",
      },
      {
        action: "Headlights sweep the blinds as a car idles at the kerb, engine running",
        sound: "an idling engine",
      },
    ],
    buttons: [
      (s) => `The neon outside blinks back on, one letter short, over ${s.place}`,
      (s) => `Rain runs down the window; in the reflection, ${s.lead} is no longer alone`,
    ],
    narration: [
      (s) => `Everybody ${s.at} had an angle on ${s.hook}. ${s.lead} just hadn't found it yet.`,
      (s) => `That was the night ${s.hook} stopped being somebody else's problem.`,
    ],
    narrated: true,
    handheld: "static",
  },
  mystery: {
    timeOfDay: "dusk",
    ambience: ["church bells, rooks in the elms", "a clock ticking, wind in the chimney"],
    sting: ["a clock strikes the half hour", "a violin string plucked once"],
    turns: [
      {
        action: "The lights cut out; when they flicker back, a chair has been moved",
        sound: "a click, then silence",
      },
      { action: "A scream rings out from the floor above", sound: "a scream, cut short" },
      { action: "A stone smashes through the window and rolls to a stop", sound: "breaking glass" },
    ],
    buttons: [
      (s) => `On the mantelpiece, the clock has stopped at the exact minute ${s.hook} began`,
      (s) =>
        `The camera finds the one detail nobody noticed: a fresh print in the dust by ${s.lead}'s foot`,
    ],
    narration: [
      (s) => `${s.at}, everyone has a secret. This autumn, one of them was about to get out.`,
      (s) => `Nobody ${s.at} wanted to talk about ${s.hook}. Which was, of course, the clue.`,
    ],
    narrated: false,
    handheld: "dolly",
  },
  horror: {
    timeOfDay: "night",
    ambience: ["wind, a creaking sign, nothing else", "a dog barking far away, then stopping"],
    sting: ["a low drone swells", "a floorboard creaks overhead"],
    turns: [
      { action: "Every light on the floor dies at once", sound: "electrical hum, then nothing" },
      { action: "Three slow knocks come from inside the wall", sound: "three knocks" },
      {
        action: "The door at the end of the hall swings open on its own",
        sound: "a long hinge creak",
      },
    ],
    buttons: [
      (s) => `Behind them, unseen, something in the dark steps closer to ${s.lead}`,
      (s) => `The camera drifts away from everyone toward ${s.hook}, as if called`,
    ],
    narration: [
      (s) => `${s.place} keeps its secrets. Tonight, one of them was coming home.`,
      (s) => `Everyone knew the rule about ${s.hook}. Nobody remembered who made it.`,
    ],
    narrated: false,
    handheld: "handheld",
  },
  "science-fiction": {
    timeOfDay: "night",
    ambience: [
      "the hum of life support, a distant airlock cycling",
      "servo whine, a ventilation fan",
    ],
    sting: ["a console chimes twice", "a synth pulse"],
    turns: [
      {
        action: "Red alert lights sweep the room as the hull groans",
        sound: "klaxon, a deep metal groan",
      },
      {
        action: "Every screen in the room flickers and shows the same unknown symbol",
        sound: "a burst of static",
      },
      {
        action: "The gravity cuts out for one long second and everything floats",
        sound: "a power-down whine",
      },
    ],
    buttons: [
      (s) => `On the dead screen, one line of text appears: we know about ${s.hook}`,
      (s) => `Outside the viewport, something vast moves across the stars over ${s.place}`,
    ],
    narration: [
      (s) => `${s.place} was built to last a hundred years. It had never met ${s.hook}.`,
      (s) => `Every system ${s.at} said everything was normal. Every system was wrong.`,
    ],
    narrated: false,
    handheld: "handheld",
  },
  fantasy: {
    timeOfDay: "dawn",
    ambience: ["birdsong, a river, a far-off horn", "wind through high grass, a bell tolling"],
    sting: ["a harp glissando", "a low horn call"],
    turns: [
      { action: "The candles gutter and burn blue, all at once", sound: "a rush of wind" },
      { action: "The ground shudders and dust sifts from the rafters", sound: "a deep rumble" },
      {
        action: "A raven lands on the sill and speaks a single word",
        sound: "wings, then a croak",
      },
    ],
    buttons: [
      (s) => `Far off, over ${s.place}, a second sun rises where none should be`,
      (s) => `The old sign of ${s.hook} glows on ${s.lead}'s palm, and will not wash off`,
    ],
    narration: [
      (s) => `Long before the songs, there was ${s.hook}. ${s.place} had almost forgotten.`,
      (s) => `Every tale of ${s.place} begins with a warning. This one began with ${s.lead}.`,
    ],
    narrated: true,
    handheld: "dolly",
  },
  comedy: {
    timeOfDay: "day",
    ambience: ["traffic, a radio playing too loud", "a kettle, a dog barking next door"],
    sting: ["a kazoo note", "a record scratch"],
    turns: [
      {
        action: "The sprinkler system bursts into life over everyone",
        sound: "a hiss and a shriek",
      },
      {
        action: "The shelf behind them collapses, one thing at a time",
        sound: "a cascade of clatters",
      },
      {
        action: "The smoke alarm goes off, and nobody moves to stop it",
        sound: "a shrill beeping",
      },
    ],
    buttons: [
      (s) => `The last thing on the shelf falls over, right on cue, and ${s.lead} sighs`,
      (s) => `Outside, the whole of ${s.place} is watching through the window`,
    ],
    narration: [
      (s) => `It was an ordinary day ${s.at}. It lasted until about ten past nine.`,
      (s) => `${s.lead} had a plan for ${s.hook}. The plan had problems.`,
    ],
    narrated: false,
    handheld: "pan",
  },
  drama: {
    timeOfDay: "dusk",
    ambience: ["a train in the distance, wind in the wires", "gulls, a church bell far off"],
    sting: ["a single cello note", "a clock ticking louder"],
    turns: [
      { action: "The phone rings, and nobody moves to answer it", sound: "the phone, ringing out" },
      { action: "A car pulls up outside, and the engine dies", sound: "tyres on gravel" },
      { action: "A glass slips and shatters on the tiles", sound: "breaking glass" },
    ],
    buttons: [
      (s) => `${s.lead} stands alone as the last light leaves ${s.place}`,
      (s) => `${s.lead} looks at the empty chair by the window, and the picture holds there`,
    ],
    narration: [
      (s) => `Some families talk about everything. ${s.at}, nobody talked about ${s.hook}.`,
      (s) => `${s.lead} had spent years not looking back. That was about to end.`,
    ],
    narrated: false,
    handheld: "dolly",
  },
  romance: {
    timeOfDay: "dusk",
    ambience: ["a busker's guitar, evening traffic", "waves, laughter from a terrace"],
    sting: ["a piano phrase", "a glass chimes"],
    turns: [
      {
        action: "Every phone in the room buzzes with the same message at once",
        sound: "a chorus of buzzing phones",
      },
      { action: "The lights of the square come on, all at once", sound: "the crowd cheers" },
      {
        action: "A gust snatches a letter from the table and out of the window",
        sound: "a gust of wind",
      },
    ],
    buttons: [
      (s) => `Two hands almost touch, and the picture holds on ${s.lead}'s face`,
      (s) => `Across the square, someone is watching ${s.lead}, smiling`,
    ],
    narration: [
      (s) => `${s.lead} had stopped believing in ${s.hook}. ${s.place} had other ideas.`,
      (s) => `Every summer ${s.at} has a story. This one started with a mistake.`,
    ],
    narrated: false,
    handheld: "pan",
  },
  adventure: {
    timeOfDay: "dawn",
    ambience: ["gulls, rigging creaking, open water", "wind over dunes, a far-off engine"],
    sting: ["a brass fanfare, cut short", "a drumbeat"],
    turns: [
      {
        action: "The floor lurches and everything not tied down slides across the room",
        sound: "a crash of crates",
      },
      { action: "A flare arcs up over the horizon, bright red", sound: "a whoosh, then a pop" },
      { action: "The rope bridge outside snaps and falls away", sound: "a twang and a long fall" },
    ],
    buttons: [
      (s) => `The horizon over ${s.place} opens up, wide and impossible, as the music kicks in`,
      (s) => `${s.lead} grins, which is the worst possible sign`,
    ],
    narration: [
      (s) => `Nobody had ever come back from ${s.hook}. ${s.lead} was about to try.`,
      (s) => `${s.place} was the edge of every map. Beyond it lay ${s.hook}.`,
    ],
    narrated: false,
    handheld: "handheld",
  },
  family: {
    timeOfDay: "day",
    ambience: ["birdsong, a bicycle bell, children playing", "a school bell, sneakers squeaking"],
    sting: ["a plinky xylophone note", "a slide whistle"],
    turns: [
      { action: "The big alarm bell clangs and the whole room jumps", sound: "a clanging bell" },
      { action: "The lights go out, and somebody squeaks", sound: "a click and a squeak" },
      {
        action: "A stack of boxes wobbles, wobbles, and topples over",
        sound: "a cardboard avalanche",
      },
    ],
    buttons: [
      (s) =>
        `A small pair of eyes blinks from under the table behind ${s.lead}, and the picture freezes`,
      (s) => `The camera zooms right into ${s.lead}'s astonished face`,
    ],
    narration: [
      (s) => `And that was the day everything ${s.at} went a little bit wonky.`,
      (s) => `Nobody ${s.at} knew the truth about ${s.hook}. Not yet.`,
    ],
    narrated: true,
    handheld: "pan",
  },
};
