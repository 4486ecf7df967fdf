import type { EpisodeOutline } from "../../../shows/documents";
import type { CameraMove, ShotFraming, TimeOfDay } from "../../../shows/episode-script";
import { shotMaxSeconds, shotMinSeconds } from "../../../shows/episode-script";
import { stripUnsafeCharacters } from "../../../shows/safe-text";
import { textLimits } from "../../../shows/text-limits";
import {
  endCardSeconds,
  type TrailerBeat,
  type TrailerScript,
  type TrailerShotSpec,
  trailerShotCounts,
} from "../../../shows/trailer-script";
import { truncateAtWord } from "../../../shows/truncate-text";
import { ProviderError } from "../../provider-error";
import type { ScriptCastMember, TextContext } from "../../types";
import { analyzePremise } from "./premise-analysis";
import { joinList } from "./prose";
import type { Player } from "./script-cast";
import { capitalizeSentences, type LineSlots, type SpokenLine, writeLines } from "./script-lines";
import { type ColdOpenSetting, settingOf } from "./script-setting";
import { voiceOf } from "./script-voices";
import { createSeededRandom, type SeededRandom } from "./seeded-random";
import { styleOfBlueprint } from "./show-style";
import { atPlace, storySlots } from "./story-slots";
import type { GenreId } from "./vocabulary/genres";
import { roleByLabel } from "./vocabulary/roles";
import { establishing } from "./vocabulary/script-actions";
import type { LineBeat } from "./vocabulary/script-beats";
import { type GenreMoments, genreMoments } from "./vocabulary/script-moments";
import { genreSites, type Room, sites } from "./vocabulary/script-places";
import { genreProps, type Prop } from "./vocabulary/script-props";
import { registers } from "./vocabulary/script-registers";
import {
  escalations,
  groupIntroductions,
  soloIntroductions,
  stakesViews,
  type TrailerActionSlots,
  type TrailerSlots,
  trailerLineBeats,
  trailerOpeningLast,
  trailerOpenings,
  trailerStakesFallbacks,
  trailerStakesLast,
  trailerWorldLines,
  worldViews,
} from "./vocabulary/trailer-moments";
import { firstName } from "./write-cast";

export type TrailerScriptRequest = Omit<Extract<TextContext, { kind: "trailer_script" }>, "kind">;

/**
 * How fast the trailer's voices speak, and the breath around them. The cut never lengthens a
 * trailer shot for its lines (the music is cut to the shots), so every shot must hold its words.
 */
const trailerSpeech = {
  wordsPerSecond: 2.6,
  /** Before the first word: the picture lands first. */
  leadInSeconds: 0.3,
  /** Between the voice-over and a line said over the same shot. */
  gapSeconds: 0.3,
  /** After the last word, so it does not land on the cut. */
  tailSeconds: 0.2,
} as const;

/** Words a trailer line may run to: a 30 s trailer has no time for speeches. */
const lineWords = { 30: 7, 60: 10 } as const;
/** Words the voice-over may run to in one shot (an 8 s shot holds about 19). */
const voiceOverWords = { 30: 16, 60: 19 } as const;
/** Characters who get a shot each; a bigger cast shares group shots after the lead's own. */
const soloShots = { 30: 3, 60: 5 } as const;

/** What is said over a shot: one of the shot's takes. */
interface Take {
  narration: string;
  dialogue: SpokenLine[];
}

const silence: Take = { narration: "", dialogue: [] };
const last = (take: Take) => ({ take, keep: Number.POSITIVE_INFINITY });

/** A trailer shot before its length is balanced against the others. */
interface DraftShot {
  beat: TrailerBeat;
  room: Room;
  timeOfDay: TimeOfDay;
  framing: ShotFraming;
  cameraMove: CameraMove;
  characterIds: string[];
  action: string;
  card: string;
  soundCue: string;
  /** How a shot whose line was given up is framed instead: the image alone, nobody in close-up. */
  whenSilent?: { framing: ShotFraming; cameraMove: CameraMove };
  /** The beat's natural length, and the most it may be stretched to. */
  preferredSeconds: number;
  maxSeconds: number;
  /**
   * What may be said over the shot, best first; a trailer that runs long falls back along it,
   * giving up the take with the lowest `keep` first. The last take is never given up.
   */
  takes: { take: Take; keep: number }[];
}

/**
 * The trailer as a shot list, written from the premise, the blueprint, the cast's dossiers and,
 * when there is one, the season: a wide of the world under the voice-over's first line, the
 * world, every character on screen (each with one line in their own voice where time allows), the
 * logline's stakes, quick cuts, the title card and a button. The shots fill `seconds` less the end
 * card exactly; the same show always gives the same trailer.
 */
export function writeTrailerScript(request: TrailerScriptRequest): TrailerScript {
  const { blueprint, seconds } = request;
  if (request.cast.length === 0) {
    throw new ProviderError({
      provider: "offline",
      code: "invalid_input",
      userMessage: "A trailer needs at least one character in the cast.",
    });
  }
  const premise = analyzePremise(request.premise);
  const style = styleOfBlueprint(blueprint, premise);
  const genre: GenreId = style.forKids ? "family" : style.genre.id;
  const story = storySlots(premise, style.genre);
  const random = createSeededRandom(premise.text, "trailer-script", String(seconds));
  const players = castTrailer(request.cast, style.forKids, random);
  const lead = players[0]!;
  const pilot: EpisodeOutline = request.season?.episodes[0] ?? {
    number: 1,
    title: blueprint.title,
    logline: blueprint.logline,
    aPlot: blueprint.logline,
    bPlot: "",
  };
  const setting = settingOf(
    {
      texts: [
        premise.text,
        request.cast.find((member) => member.id === lead.id)!.seed.summary,
        blueprint.setting,
      ],
      place: story.place,
      community: story.community,
      genre,
      forKids: style.forKids,
      episode: pilot,
    },
    random,
  );
  const prop = random.pick(genreProps[genre]);
  const plan: TrailerPlan = {
    seconds,
    players,
    setting,
    rooms: roomsOf(setting, random),
    moments: genreMoments[genre],
    slots: { at: atPlace(story.place), place: story.place, hook: story.hook, lead: lead.first },
    lineSlots: { hook: story.hook, place: story.place, prop: `the ${prop.noun}`, ...setting },
    prop,
    title: blueprint.title,
    settingSentences: sentencesOf(blueprint.setting),
    logline: blueprint.logline,
    episodes: request.season?.episodes ?? [],
    calm: setting.timeOfDay === "day" ? "day" : random.pick(["dawn", "day"] as const),
    used: new Set(),
    random,
  };
  const drafts = draftTrailer(plan);
  const { takes, durations } = fitTakes(drafts, seconds - endCardSeconds);
  return { shots: finish(drafts, takes, durations, players) };
}

/**
 * Which take each shot keeps. What matters least is given up (or said shorter) first until the
 * words fit the length; then, most valued first, anything given up that would fit again after
 * all is put back, so a shortened opening line does not leave a silent button behind.
 */
function fitTakes(drafts: readonly DraftShot[], budget: number) {
  const chosen = drafts.map(() => 0);
  const takesOf = (choice: readonly number[]) =>
    drafts.map((draft, index) => draft.takes[choice[index]!]!.take);
  let durations = timeTrailer(drafts, takesOf(chosen), budget);
  while (!durations) {
    const next = drafts
      .map((draft, index) => ({ index, keep: draft.takes[chosen[index]!]!.keep }))
      .filter(({ keep }) => Number.isFinite(keep))
      .sort((a, b) => a.keep - b.keep || b.index - a.index)[0];
    if (!next) {
      throw new RangeError("the quietest trailer still runs over its length");
    }
    chosen[next.index]! += 1;
    durations = timeTrailer(drafts, takesOf(chosen), budget);
  }
  const given = drafts
    .flatMap((draft, index) =>
      draft.takes.slice(0, chosen[index]).map((option, at) => ({ index, at, keep: option.keep })),
    )
    .sort((a, b) => b.keep - a.keep || a.index - b.index);
  for (const { index, at } of given) {
    if (at >= chosen[index]!) {
      continue;
    }
    const trial = chosen.with(index, at);
    const timed = timeTrailer(drafts, takesOf(trial), budget);
    if (timed) {
      chosen[index] = at;
      durations = timed;
    }
  }
  return { takes: takesOf(chosen), durations };
}

interface TrailerPlan {
  seconds: 30 | 60;
  players: readonly Player[];
  setting: ColdOpenSetting;
  /** Where scenes play besides the vista: the main room first. */
  rooms: readonly Room[];
  moments: GenreMoments;
  slots: TrailerSlots;
  lineSlots: LineSlots;
  prop: Prop;
  title: string;
  /** The blueprint's setting, sentence by sentence: the show's own words for its world. */
  settingSentences: readonly string[];
  logline: string;
  episodes: readonly EpisodeOutline[];
  /** The hour the world is shown at before the trouble; the trouble keeps the setting's hour. */
  calm: TimeOfDay;
  /** Lines already said: nobody says the same line twice in one trailer. */
  used: Set<string>;
  random: SeededRandom;
}

/** The cast, lead first, then the deuteragonist and antagonist, then everyone else in order. */
function castTrailer(
  cast: readonly ScriptCastMember[],
  forKids: boolean,
  random: SeededRandom,
): Player[] {
  const roleOf = (member: ScriptCastMember) => roleByLabel(member.seed.role)?.id;
  const ranked = [
    ...new Set([
      cast.find((member) => roleOf(member) === "lead") ?? cast[0]!,
      ...cast.filter((member) => roleOf(member) === "deuteragonist"),
      ...cast.filter((member) => roleOf(member) === "antagonist"),
      ...cast,
    ]),
  ];
  // Fallback registers are spread over the cast so two undescribed voices still differ.
  const spread = random.shuffle(registers);
  return ranked.map((member) => ({
    id: member.id,
    first: firstName(member.seed.name),
    full: member.seed.name.trim(),
    voice: voiceOf(member.dossier, spread[cast.indexOf(member) % spread.length]!, forKids),
    trait: null,
  }));
}

/** Every room of the place the setting chose, the main one first. */
function roomsOf(setting: ColdOpenSetting, random: SeededRandom): Room[] {
  const site = [...sites, ...Object.values(genreSites)].find((entry) =>
    entry.rooms.includes(setting.main),
  );
  const others = (site?.rooms ?? []).filter((room) => room !== setting.main);
  return [setting.main, ...random.shuffle(others)];
}

/** Draws from each list without repeating until it runs out: no action twice in a trailer. */
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

type Deck = ReturnType<typeof createDeck>;

/**
 * The trailer in story order. The required beats come first; a short cast leaves room for the
 * extras (a second look at the world, the stakes' second half, another quick cut, the lead
 * again), added until the length's shot count is reached.
 */
function draftTrailer(plan: TrailerPlan): DraftShot[] {
  const { seconds, players, setting, rooms } = plan;
  const draw = createDeck(plan.random);
  const long = seconds === 60;
  const groups = castGroups(players, seconds);
  const quickCuts = long ? 3 : 2;
  let room = trailerShotCounts[seconds].max - (5 + quickCuts + groups.length);
  const include = (available: boolean) => {
    const fits = available && room > 0;
    room -= fits ? 1 : 0;
    return fits;
  };
  const tail = long && stakesOf(plan.logline, plan.slots.lead, voiceOverWords[60]).tail !== null;
  const extra = {
    stakes: include(tail),
    world: include(long),
    escalation: include(!long || plan.episodes.length > 2),
    lead: include(long),
  };
  const opening = [openingShot(plan, draw), worldShot(plan, draw)];
  const characters = groups.map((group, index) =>
    characterShot(plan, draw, group, rooms[(index + 1) % rooms.length]!, index),
  );
  const world2 = extra.world ? [secondWorldShot(plan, draw)] : [];
  const lead2 = extra.lead
    ? [characterShot(plan, draw, [players[0]!], rooms.at(-1)!, groups.length)]
    : [];
  const stakes = stakesShots(plan, draw, extra.stakes);
  return [
    ...opening,
    ...characters.slice(0, 1),
    ...world2,
    ...characters.slice(1),
    ...lead2,
    ...stakes,
    ...escalationShots(plan, draw, quickCuts + (extra.escalation ? 1 : 0)),
    titleShot(plan, setting.timeOfDay),
    buttonShot(plan),
  ];
}

/** One shot per character while the trailer has room; then the lead alone and the rest in groups. */
function castGroups(players: readonly Player[], seconds: 30 | 60): Player[][] {
  const slots = soloShots[seconds];
  if (players.length <= slots) {
    return players.map((player) => [player]);
  }
  const [lead, ...rest] = players as [Player, ...Player[]];
  const size = Math.min(6, Math.ceil(rest.length / (slots - 1)));
  const groups: Player[][] = [[lead]];
  for (let start = 0; start < rest.length; start += size) {
    groups.push(rest.slice(start, start + size));
  }
  return groups;
}

interface ShotFields extends Omit<DraftShot, "beat" | "room" | "timeOfDay" | "card"> {
  card?: string;
}

const shot = (beat: TrailerBeat, room: Room, timeOfDay: TimeOfDay, fields: ShotFields) => ({
  beat,
  room,
  timeOfDay,
  card: "",
  ...fields,
});

function actionSlots(plan: TrailerPlan, names: string, room: Room): TrailerActionSlots {
  return { a: names, room: room.noun, vista: plan.setting.vista.noun };
}

/** The hook: the world at its quiet hour, under the voice-over's first line. */
function openingShot(plan: TrailerPlan, draw: Deck): DraftShot {
  const { setting, random } = plan;
  const limit = voiceOverWords[plan.seconds];
  const own = plan.settingSentences[0] ?? "";
  const written = random.shuffle(trailerOpenings).map((line) => line(plan.slots));
  const usable = (line: string) => fits(line, limit) && wordCount(line) >= 3;
  // The show's own words first; the trailer voice's stock line when they run long.
  const lines = [
    ...(usable(own) ? [{ take: narrated(own), keep: 4.5 }] : []),
    ...written
      .filter(usable)
      .slice(0, 1)
      .map((line) => ({ take: narrated(line), keep: 7 })),
    last(narrated(trailerOpeningLast)),
  ];
  return shot("hook", setting.vista, plan.calm, {
    framing: "extreme wide",
    cameraMove: random.pick(["static", "pan", "dolly"] as const),
    characterIds: [],
    action: draw(establishing[plan.calm])(setting.vista.noun),
    soundCue: "rise",
    preferredSeconds: plan.seconds === 60 ? 6 : 5,
    maxSeconds: shotMaxSeconds,
    takes: lines,
  });
}

/** The world: the main room before anything happens; a long trailer says a second line over it. */
function worldShot(plan: TrailerPlan, draw: Deck): DraftShot {
  const room = plan.rooms[0]!;
  const spoken =
    plan.seconds === 60
      ? unique([
          plan.settingSentences[1] ?? "",
          ...plan.random.shuffle(trailerWorldLines).map((line) => line(plan.slots)),
        ])
          .filter((line) => fits(line, voiceOverWords[60]) && wordCount(line) >= 3)
          .slice(0, 1)
      : [];
  return shot("world", room, plan.calm, {
    framing: plan.random.pick(["wide", "medium wide"] as const),
    cameraMove: plan.random.pick(["pan", "dolly"] as const),
    characterIds: [],
    action: draw(worldViews)(actionSlots(plan, "", room)),
    soundCue: "",
    preferredSeconds: plan.seconds === 60 ? 5 : 3,
    maxSeconds: 6,
    takes: [...spoken.map((line) => ({ take: narrated(line), keep: 1 })), last(silence)],
  });
}

/** More of the world: the pilot's situation when there is a season, else another of its rooms. */
function secondWorldShot(plan: TrailerPlan, draw: Deck): DraftShot {
  const pilot = plan.episodes[0];
  const room = plan.rooms[1] ?? plan.rooms[0]!;
  return shot("world", room, plan.calm, {
    framing: pilot ? "medium wide" : "wide",
    cameraMove: plan.random.pick(["pan", "dolly"] as const),
    characterIds: [],
    action: pilot ? firstSentence(pilot.logline) : draw(worldViews)(actionSlots(plan, "", room)),
    soundCue: "",
    preferredSeconds: 4,
    maxSeconds: 6,
    takes: [last(silence)],
  });
}

/** A character (or a group) on screen, the first of them saying one line in their own voice. */
function characterShot(
  plan: TrailerPlan,
  draw: Deck,
  group: readonly Player[],
  room: Room,
  order: number,
): DraftShot {
  const [speaker] = group as [Player, ...Player[]];
  const isLead = speaker === plan.players[0] && order === 0;
  const names = joinList(group.map((player) => player.first));
  const listener = speaker === plan.players[0] ? (plan.players[1] ?? null) : plan.players[0]!;
  const beats = isLead
    ? trailerLineBeats.lead
    : speaker === plan.players[0]
      ? (["resolve", "turn", "button"] as const)
      : plan.random.shuffle(trailerLineBeats.others);
  // The lead may run a little longer when nothing shorter comes: theirs is the line the trailer
  // is built around.
  const words = lineWords[plan.seconds];
  const line = lineFor(plan, speaker, beats, listener, isLead ? [words, words + 2] : [words]);
  const solo = group.length === 1;
  return shot("characters", room, plan.calm, {
    framing: solo
      ? plan.random.pick(["close-up", "medium close-up", "medium"] as const)
      : plan.random.pick(["medium wide", "wide"] as const),
    cameraMove: solo ? plan.random.pick(["push-in", "static"] as const) : "pan",
    characterIds: group.map((player) => player.id),
    action: draw(solo ? soloIntroductions : groupIntroductions)(actionSlots(plan, names, room)),
    soundCue: "",
    preferredSeconds: plan.seconds === 60 ? 4 : 3,
    maxSeconds: 5,
    // The lead keeps their line longest; a group's line and later characters' go first.
    takes: [
      ...(line ? [{ take: spokenBy(line), keep: isLead ? 6 : (solo ? 4 : 3) - order * 0.01 }] : []),
      last(silence),
    ],
  });
}

/**
 * The logline's stakes over the lead alone against the place, at the trouble's hour; a long
 * trailer reads the logline's second half over the trouble's first sign.
 */
function stakesShots(plan: TrailerPlan, draw: Deck, withTail: boolean): DraftShot[] {
  const { setting, random } = plan;
  const limit = voiceOverWords[plan.seconds];
  const said = stakesOf(plan.logline, plan.slots.lead, limit);
  const tail = withTail ? said.tail : null;
  const fallbacks = random.shuffle(trailerStakesFallbacks).map((line) => line(plan.slots));
  // The whole sentence (unless its second half has a shot of its own), shorter and shorter
  // versions of its first clause, then a stock line.
  const fromLogline = [...(tail ? [] : [{ line: said.whole, keep: 4.2 }]), ...said.options].filter(
    ({ line }, index, all) => fits(line, limit) && all.findIndex((o) => o.line === line) === index,
  );
  // Giving up the logline's last words for a stock line loses the stakes: almost the last resort.
  const options = [
    ...fromLogline.map((option, index) =>
      index === fromLogline.length - 1 ? { ...option, keep: 7.8 } : option,
    ),
    ...fallbacks
      .filter((line) => fits(line, limit))
      .slice(0, 1)
      .map((line) => ({ line, keep: 8 })),
  ];
  const lead = plan.players[0]!;
  const main = shot("stakes", setting.vista, setting.timeOfDay, {
    framing: random.pick(["extreme wide", "wide"] as const),
    cameraMove: random.pick(["dolly", "push-in"] as const),
    characterIds: [lead.id],
    action: draw(stakesViews)(actionSlots(plan, lead.first, setting.vista)),
    soundCue: "",
    preferredSeconds: plan.seconds === 60 ? 6 : 5,
    maxSeconds: shotMaxSeconds,
    takes: [
      ...options.map(({ line, keep }) => ({ take: narrated(line), keep })),
      last(narrated(trailerStakesLast)),
    ],
  });
  const insert: DraftShot | null = tail
    ? shot("stakes", setting.main, setting.timeOfDay, {
        framing: "insert",
        cameraMove: "push-in",
        characterIds: [],
        action: plan.prop.sign(plan.slots.hook),
        soundCue: "",
        preferredSeconds: 4.5,
        maxSeconds: shotMaxSeconds,
        takes: [{ take: narrated(tail), keep: 2.5 }, last(silence)],
      })
    : null;
  return insert ? [main, insert] : [main];
}

/**
 * Quick cuts, two seconds each and wordless: the season's later situations when there is a
 * season, the genre's turns (every light dies at once) and the cast running out of time.
 */
function escalationShots(plan: TrailerPlan, draw: Deck, count: number): DraftShot[] {
  const { setting, players, random } = plan;
  // Only a long trailer has the time to show the season's situations.
  const fromSeason = (plan.seconds === 60 ? plan.episodes : [])
    .slice(2)
    .slice(0, 2)
    .map((episode) => ({ action: firstSentence(episode.logline), ids: [] as string[] }));
  const turns = random
    .shuffle(plan.moments.turns)
    .map((turn) => ({ action: turn.action, ids: [] }));
  const running = players.slice(0, count).map((player) => ({
    action: draw(escalations)(actionSlots(plan, player.first, setting.main)),
    ids: [player.id],
  }));
  // A turn, someone running, a turn…: the season's situations go first.
  const interleaved = turns.flatMap((turn, index) => [turn, ...running.slice(index, index + 1)]);
  const picked = [...fromSeason, ...interleaved, ...running.slice(turns.length)].slice(0, count);
  const places = [setting.main, setting.outside ?? setting.vista];
  return picked.map(({ action, ids }, index) =>
    shot("escalation", places[index % places.length]!, setting.timeOfDay, {
      framing: random.pick(["close-up", "medium", "wide", "extreme close-up"] as const),
      cameraMove: plan.moments.handheld === "static" ? "static" : "handheld",
      characterIds: ids,
      action,
      // The music builds under the first quick cut.
      soundCue: index === 0 ? "rise" : "",
      preferredSeconds: shotMinSeconds,
      maxSeconds: shotMinSeconds,
      takes: [last(silence)],
    }),
  );
}

/** The title card: the show's name in type, no picture, no words, the music's hit. */
function titleShot(plan: TrailerPlan, timeOfDay: TimeOfDay): DraftShot {
  return shot("title", plan.setting.vista, timeOfDay, {
    framing: "wide",
    cameraMove: "static",
    characterIds: [],
    action: `Title card: ${plan.title}`,
    card: plan.title,
    soundCue: "hit",
    preferredSeconds: 2.5,
    maxSeconds: 3,
    takes: [last(silence)],
  });
}

/**
 * The button after the title: the music drops out and someone gets the last word, or, without a
 * line short enough, the genre's last image lands on its own.
 */
function buttonShot(plan: TrailerPlan): DraftShot {
  const { setting, players, random } = plan;
  const image = random.pick(plan.moments.buttons)({
    lead: plan.slots.lead,
    place: plan.slots.place,
    at: plan.slots.at,
    hook: plan.slots.hook,
  });
  const speaker = players.length > 1 && random.chance(0.3) ? players[1]! : players[0]!;
  const listener = players.find((player) => player !== speaker) ?? null;
  const line = random.chance(0.8)
    ? lineFor(plan, speaker, ["button", "turn"], listener, [lineWords[plan.seconds] - 2])
    : null;
  return shot("button", setting.main, setting.timeOfDay, {
    framing: "close-up",
    cameraMove: "push-in",
    whenSilent: { framing: "wide", cameraMove: "dolly" },
    characterIds: line ? [speaker.id] : [],
    action: fits(image, 40) ? image : `Close on ${speaker.first}, in the dark`,
    soundCue: "drop",
    preferredSeconds: 3,
    maxSeconds: 5,
    takes: [...(line ? [{ take: spokenBy(line), keep: 3.5 }] : []), last(silence)],
  });
}

/**
 * One line in the speaker's own register (and habit), at the first beat that gives a line short
 * enough for the trailer and not yet said, trying each word limit in turn; null when none does.
 */
function lineFor(
  plan: TrailerPlan,
  speaker: Player,
  beats: readonly LineBeat[],
  listener: Player | null,
  limits: readonly number[],
): SpokenLine | null {
  for (const maxWords of limits) {
    for (const beat of beats) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const [line] = writeLines([{ speaker, beat, listener }], plan.lineSlots, plan.random);
        if (line && !plan.used.has(line.line) && fits(line.line, maxWords)) {
          plan.used.add(line.line);
          return line;
        }
      }
    }
  }
  return null;
}

// Lower case only: "May" and "Will" are names before they are modals.
const modal =
  /\b(must|will|can|cannot|can't|should|could|would|might|may|has to|have to|needs? to|is forced to|are forced to)\b/;
const plainModal = /^(must|will|can|cannot|can't|should|could|would|might|may)$/;
/** Where a logline's stakes split in two: "…, and the only way through is to listen". */
const clauseBreak = /,\s+(?=(?:and|but|yet|so)\s)|;\s+|\s+[—–]\s+|\s+(?=(?:before|until|unless)\s)/;
/** Where a clause can stop and still say what must be done: "must play every side of the city". */
const phraseBreak = /\s+(?=(?:to|so|while|after|when|if|because|without|even|as|by)\s)/g;

/**
 * What the voice-over can say of the logline's stakes, longest first, each with how much it is
 * worth keeping: the whole sentence that holds them, its first clause, the same with the lead's
 * first name as subject ("Toby must …"), each cut short after its verb's object; and the second
 * clause on its own, for a second shot.
 */
function stakesOf(logline: string, lead: string, limit: number) {
  const sentences = sentencesOf(logline);
  const chosen = sentences.find((sentence) => modal.test(sentence)) ?? sentences[0] ?? "";
  const [head = "", ...rest] = chosen.replace(/[.!?]+$/, "").split(clauseBreak);
  const verb = modal.exec(head);
  const predicate = verb && plainModal.test(verb[1]!) ? head.slice(verb.index) : "";
  const named = predicate ? `${lead} ${predicate}` : "";
  const tail = rest.join(", ").trim();
  const options = [
    { line: head, keep: 5 },
    { line: named, keep: 6 },
    { line: cutShort(head, verb ? verb.index : 0), keep: 6.5 },
    { line: cutShort(named, lead.length + 1), keep: 7.5 },
  ];
  return {
    whole: chosen,
    options: options.filter(({ line }) => wordCount(line) >= 4),
    tail: tail && fits(tail, limit) && wordCount(tail) >= 3 ? tail : null,
  };
}

/**
 * Words a clause cannot stop on: "will have to decide what| to trade" says nothing. A clause cut
 * after one of them is not offered.
 */
const danglingEnd =
  /\b(what|who|whom|how|where|when|whether|which|that|the|a|an|of|for|with|and|or|but|into|from|on|in|at|decide|learn|choose|need|needs|want|try|have|has|had|is|are|was|were|be|going|able|enough|refuse|fight|struggle|plan|agree|hope|trying)$/i;

/** A clause up to its first break after the verb and its object ("…of the city| to stay alive"). */
function cutShort(clause: string, verbAt: number): string {
  for (const match of clause.matchAll(phraseBreak)) {
    const kept = clause.slice(0, match.index);
    if (match.index > verbAt && wordCount(kept.slice(verbAt)) >= 3 && !danglingEnd.test(kept)) {
      return kept;
    }
  }
  return "";
}

/**
 * Durations in half seconds, each within its beat's bounds and long enough for its words, summing
 * to `budget` exactly: quiet shots stretch first toward their beat's length, the shots with the
 * most room to spare are trimmed first. Null when the words alone need more than the budget.
 */
function timeTrailer(
  drafts: readonly DraftShot[],
  takes: readonly Take[],
  budget: number,
): number[] | null {
  const floors = takes.map(speakingSeconds);
  // A title card or a quick cut never grows for want of other shots to stretch; a picture may.
  const ceilings = drafts.map((draft, index) =>
    draft.maxSeconds <= 3 ? draft.maxSeconds : Math.max(shotMaxSeconds, floors[index]!),
  );
  if (floors.some((floor, index) => floor > drafts[index]!.maxSeconds && floor > shotMaxSeconds)) {
    return null;
  }
  if (floors.some((floor, index) => floor > ceilings[index]!) || sum(floors) > budget) {
    return null;
  }
  const seconds = drafts.map((draft, index) =>
    Math.max(floors[index]!, Math.min(draft.maxSeconds, draft.preferredSeconds)),
  );
  const stretch = (limits: readonly number[]) => {
    while (sum(seconds) < budget) {
      const next = seconds
        .map((value, index) => ({ index, ratio: value / drafts[index]!.preferredSeconds }))
        .filter(({ index }) => seconds[index]! < limits[index]!)
        .sort((a, b) => a.ratio - b.ratio || a.index - b.index)[0];
      if (!next) {
        return;
      }
      seconds[next.index]! += 0.5;
    }
  };
  stretch(drafts.map((draft, index) => Math.max(draft.maxSeconds, floors[index]!)));
  stretch(ceilings);
  while (sum(seconds) > budget) {
    const next = seconds
      .map((value, index) => ({ index, spare: value - floors[index]! }))
      .filter((entry) => entry.spare > 0)
      .sort((a, b) => b.spare - a.spare || b.index - a.index)[0];
    if (!next) {
      return null;
    }
    seconds[next.index]! -= 0.5;
  }
  return sum(seconds) === budget ? seconds : null;
}

/** The shortest a shot can be and still hold what is said over it, in half seconds. */
function speakingSeconds(take: Take): number {
  const spoken = [take.narration, ...take.dialogue.map((line) => line.line)].filter(Boolean);
  if (spoken.length === 0) {
    return shotMinSeconds;
  }
  const { wordsPerSecond, leadInSeconds, gapSeconds, tailSeconds } = trailerSpeech;
  const words = sum(spoken.map(wordCount));
  const needed =
    leadInSeconds + words / wordsPerSecond + gapSeconds * (spoken.length - 1) + tailSeconds;
  return Math.max(shotMinSeconds, Math.ceil(needed * 2) / 2);
}

/**
 * Numbers the lines across the whole trailer, names everyone an action mentions among the
 * shot's cast, and chooses each shot's way in: a dissolve into the opening, the title card and a
 * change of hour, a cut everywhere else.
 */
function finish(
  drafts: readonly DraftShot[],
  takes: readonly Take[],
  seconds: readonly number[],
  players: readonly Player[],
): TrailerShotSpec[] {
  let lineNumber = 0;
  return drafts.map((draft, index) => {
    const take = takes[index]!;
    const previous = drafts[index - 1];
    const silent = draft.whenSilent && take.dialogue.length === 0 ? draft.whenSilent : null;
    const cast = silent ? [] : draft.characterIds;
    const named = players
      .filter((player) => mentions(draft.action, player.first))
      .map((player) => player.id);
    const dissolve = !previous || draft.beat === "title" || previous.timeOfDay !== draft.timeOfDay;
    return {
      beat: draft.beat,
      card: clip(draft.card, textLimits.label),
      transitionIn: dissolve ? "dissolve" : "cut",
      scene: {
        interior: draft.room.interior,
        location: clip(draft.room.slug, textLimits.label),
        timeOfDay: draft.timeOfDay,
      },
      durationSeconds: seconds[index]!,
      framing: silent?.framing ?? draft.framing,
      cameraMove: silent?.cameraMove ?? draft.cameraMove,
      characterIds: draft.card ? [] : [...new Set([...cast, ...named])].slice(0, 6),
      action: clip(capitalizeSentences(sentenceOf(draft.action)), textLimits.sentence),
      dialogue: take.dialogue.map((line) => ({
        id: `l${++lineNumber}`,
        characterId: line.characterId,
        line: clip(line.line, textLimits.sentence),
        delivery: clip(line.delivery, textLimits.label),
      })),
      narration: take.narration
        ? clip(capitalizeSentences(sentenceOf(take.narration)), textLimits.sentence)
        : "",
      soundCue: draft.soundCue,
    };
  });
}

const narrated = (narration: string): Take => ({ narration, dialogue: [] });
const spokenBy = (line: SpokenLine): Take => ({ narration: "", dialogue: [line] });

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Short enough to say in the time, and to print: a premise's 300-letter "word" is neither. */
function fits(text: string, maxWords: number): boolean {
  return text.trim().length > 0 && wordCount(text) <= maxWords && text.length <= maxWords * 14;
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts.map((text) => text.trim()).filter(Boolean))];
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function sentencesOf(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => sentence.length > 0);
}

/** An outline's first sentence as an action: a quick cut shows one situation. */
function firstSentence(text: string): string {
  return truncateAtWord(sentencesOf(text)[0] ?? text, 200).replace(/[.!?]+$/, "");
}

function sentenceOf(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function clip(text: string, max: number): string {
  return truncateAtWord(stripUnsafeCharacters(text), max);
}

function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}])${escaped}(?![\\p{L}])`, "u").test(text);
}
