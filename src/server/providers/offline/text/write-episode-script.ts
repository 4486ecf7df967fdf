import type { EpisodeOutline } from "../../../shows/documents";
import type { EpisodeScript, ShotSpec, TimeOfDay } from "../../../shows/episode-script";
import { ProviderError } from "../../provider-error";
import type { TextContext } from "../../types";
import { definiteReference, isAdjectiveLike } from "./noun-phrase";
import { analyzePremise } from "./premise-analysis";
import { castColdOpen, type Player } from "./script-cast";
import { capitalizeSentences, type LineSlots, type SpokenLine, writeLines } from "./script-lines";
import { settingOf } from "./script-setting";
import { type ColdOpenShape, type DraftShot, draftShots } from "./script-shots";
import { timeShots } from "./script-timing";
import { createSeededRandom, type SeededRandom } from "./seeded-random";
import { styleOfBlueprint } from "./show-style";
import { atPlace, storySlots } from "./story-slots";
import type { GenreId } from "./vocabulary/genres";
import { genreMoments } from "./vocabulary/script-moments";
import { episodeProps, genreProps, type Prop } from "./vocabulary/script-props";

export type EpisodeScriptRequest = Omit<Extract<TextContext, { kind: "episode_script" }>, "kind">;

/** The setting sentence is the narrator's opening only when it is short enough to say over a wide. */
const maxOpeningWords = 18;

/**
 * An episode's cold open as a shot list, written from the premise, the blueprint, the cast's
 * dossiers and the episode's outline; the same show and episode always give the same script.
 */
export function writeEpisodeScript(request: EpisodeScriptRequest): EpisodeScript {
  const { episode, blueprint } = request;
  const premise = analyzePremise(request.premise);
  const style = styleOfBlueprint(blueprint, premise);
  const genre: GenreId = style.forKids ? "family" : style.genre.id;
  const story = storySlots(premise, style.genre);
  const random = createSeededRandom(premise.text, "episode-script", String(episode.number));
  const { players, absent } = castColdOpen(request.cast, episode, style.forKids, random);
  if (players.length === 0) {
    throw new ProviderError({
      provider: "offline",
      code: "invalid_input",
      userMessage: "An episode script needs at least one character in the cast.",
    });
  }
  const hook = episodeHook(story.hook, episode);
  const lead = request.cast.find((member) => member.id === players[0]!.id)!;
  const setting = settingOf(
    {
      texts: [premise.text, lead.seed.summary, blueprint.setting],
      place: story.place,
      community: story.community,
      genre,
      forKids: style.forKids,
      episode,
    },
    random,
  );
  const prop = propOf(genre, episode, style.forKids, random);
  const lineSlots: LineSlots = { hook, place: story.place, prop: `the ${prop.noun}`, ...setting };
  const plan = {
    players,
    absent,
    setting,
    moments: genreMoments[genre],
    momentSlots: { lead: players[0]!.first, place: story.place, at: atPlace(story.place), hook },
    prop,
    hook,
    title: episode.title,
    openingNarration: openingNarration(blueprint.setting),
    random,
  };
  // A cut that runs long loses its second exchange, then its decision, then a reaction.
  let shape = shapeOf(players, random);
  for (;;) {
    const drafts = draftShots(plan, shape);
    const lines = writeLines(
      drafts.flatMap((draft) => draft.dialogue),
      lineSlots,
      random,
    );
    const spoken = drafts.map((draft) => draft.dialogue.map(() => lines.shift()!));
    const seconds = timeShots(drafts.map((draft, index) => timed(draft, spoken[index]!)));
    if (seconds) {
      return { shots: finish(drafts, spoken, seconds, players, setting.timeOfDay) };
    }
    shape = shrink(shape);
  }
}

function shapeOf(players: readonly Player[], random: SeededRandom): ColdOpenShape {
  return {
    exchangePairs: random.chance(0.5) ? 2 : 1,
    reactions: players.length > 1 && random.chance(0.5) ? 2 : 1,
    decision: random.chance(0.75),
  };
}

function shrink(shape: ColdOpenShape): ColdOpenShape {
  if (shape.exchangePairs === 2) {
    return { ...shape, exchangePairs: 1 };
  }
  if (shape.decision) {
    return { ...shape, decision: false };
  }
  if (shape.reactions === 2) {
    return { ...shape, reactions: 1 };
  }
  throw new RangeError("the shortest cold open still runs over 90 seconds");
}

const timed = (draft: DraftShot, lines: readonly SpokenLine[]) => ({
  spoken: [...lines.map((line) => line.line), draft.narration],
  preferredSeconds: draft.preferredSeconds,
});

/**
 * Numbers the lines in script order and names everyone an action mentions among the shot's cast.
 * Every shot shares one time of day: a cold open happens within minutes of its first shot.
 */
function finish(
  drafts: readonly DraftShot[],
  spoken: readonly (readonly SpokenLine[])[],
  seconds: readonly number[],
  players: readonly Player[],
  timeOfDay: TimeOfDay,
): ShotSpec[] {
  let lineNumber = 0;
  return drafts.map((draft, index) => {
    const lines = spoken[index]!;
    const text = `${draft.action} ${lines.map((line) => line.line).join(" ")}`;
    const named = players
      .filter((player) => mentions(text, player.first))
      .map((player) => player.id);
    return {
      scene: {
        interior: draft.room.interior,
        location: draft.room.slug,
        timeOfDay,
      },
      durationSeconds: seconds[index]!,
      framing: draft.framing,
      cameraMove: draft.cameraMove,
      characterIds: [...new Set([...draft.characterIds, ...named])].slice(0, 6),
      action: capitalizeSentences(sentenceOf(draft.action)),
      dialogue: lines.map((line) => ({ id: `l${++lineNumber}`, ...line })),
      narration: draft.narration ? capitalizeSentences(sentenceOf(draft.narration)) : "",
      soundCue: draft.soundCue,
    };
  });
}

function sentenceOf(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}])${escaped}(?![\\p{L}])`, "u").test(text);
}

/** The story's hook when the episode is about it; else what the episode's own logline is about. */
function episodeHook(storyHook: string, episode: EpisodeOutline): string {
  const outline = `${episode.title} ${episode.logline} ${episode.aPlot}`.toLowerCase();
  const head = storyHook.split(" ").at(-1)!.toLowerCase();
  if (outline.includes(head)) {
    return storyHook;
  }
  // Only a phrase the logline introduces as a thing ("a talking cat"), not a misread verb.
  const own = analyzePremise(episode.logline).hook;
  const isThing = own?.determiner && !own.proper && !isAdjectiveLike(own.head);
  return own && isThing ? definiteReference(own) : storyHook;
}

/** The episode's situation picks the prop (an offer, a disappearance); else the genre's. */
function propOf(
  genre: GenreId,
  episode: EpisodeOutline,
  forKids: boolean,
  random: SeededRandom,
): Prop {
  const outline = `${episode.logline} ${episode.aPlot}`;
  const motif = episodeProps.find((entry) => entry.pattern.test(outline));
  if (motif) {
    return forKids ? motif.kids : motif.grownUp;
  }
  return random.pick(genreProps[genre]);
}

function openingNarration(setting: string): string {
  const first = setting.trim().split(/(?<=[.!?])\s+/)[0] ?? "";
  return first.split(/\s+/).length <= maxOpeningWords ? first : "";
}
