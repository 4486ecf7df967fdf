import type { EpisodeOutline } from "../../../shows/documents";
import { endCardSeconds, type TrailerScript } from "../../../shows/trailer-script";
import { ProviderError } from "../../provider-error";
import type { TextContext } from "../../types";
import { draftTrailer } from "./draft-trailer";
import { finish } from "./finish-trailer-shots";
import { analyzePremise } from "./premise-analysis";
import { settingOf } from "./script-setting";
import { createSeededRandom } from "./seeded-random";
import { styleOfBlueprint } from "./show-style";
import { atPlace, storySlots } from "./story-slots";
import { castTrailer, roomsOf, type TrailerPlan } from "./trailer-script-plan";
import { sentencesOf } from "./trailer-script-text";
import { fitTakes } from "./trailer-script-timing";
import type { GenreId } from "./vocabulary/genres";
import { genreMoments } from "./vocabulary/script-moments";
import { genreProps } from "./vocabulary/script-props";

/**
 * The offline provider's trailer writer. This module reads the show once into a plan
 * (trailer-script-plan.ts); draft-trailer.ts lays out the beats in story order from the
 * trailer-*-shots.ts files, trailer-script-timing.ts fits their words to the length, and
 * finish-trailer-shots.ts turns them into the script's shots.
 */

export type TrailerScriptRequest = Omit<Extract<TextContext, { kind: "trailer_script" }>, "kind">;

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
