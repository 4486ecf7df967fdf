import type { Blueprint, CharacterSeed, EpisodeOutline, Season } from "../../../shows/documents";
import { analyzePremise } from "./premise-analysis";
import { pronounsByLabel } from "./pronouns";
import { titleCase } from "./prose";
import { createSeededRandom } from "./seeded-random";
import { styleOfBlueprint } from "./show-style";
import { atPlace, storySlots } from "./story-slots";
import { type EpisodeSlots, episodeBeats, seasonArcs } from "./vocabulary/episode-beats";
import { genres } from "./vocabulary/genres";
import { type RoleId, roleByLabel } from "./vocabulary/roles";
import { worldOf } from "./world-of";
import { characterPronouns, firstName } from "./write-cast";

export interface SeasonRequest {
  premise: string;
  blueprint: Blueprint;
  cast: CharacterSeed[];
}

const episodeCount = 6;

/** Stand-ins when the cast is too small to fill a role; they keep every line grammatical. */
const standIns = {
  partner: "an unlikely ally",
  foe: "someone who profits from the silence",
  elder: "the oldest resident",
};

/** Format, season arc and six episode outlines built on the cast and the premise's hook. */
export function writeSeason({ premise: premiseText, blueprint, cast }: SeasonRequest): Season {
  const premise = analyzePremise(premiseText);
  const style = styleOfBlueprint(blueprint, premise);
  const story = storySlots(premise, style.genre);
  const random = createSeededRandom(premise.text, "season");
  const names = cast.map((member) => firstName(member.name));
  const withRole = (role: RoleId) => {
    const member = cast.find((candidate) => roleByLabel(candidate.role)?.id === role);
    return member ? firstName(member.name) : undefined;
  };
  const lead = withRole("lead") ?? names[0] ?? "the hero";
  const leadMember = cast.find((member) => firstName(member.name) === lead);
  const pronouns = leadMember
    ? characterPronouns(premise, leadMember.name)
    : pronounsByLabel("they/them");
  const supporting = names.filter((name) => name !== lead);
  const base = {
    lead,
    partner: withRole("deuteragonist") ?? supporting[0] ?? standIns.partner,
    foe: withRole("antagonist") ?? supporting[1] ?? standIns.foe,
    elder: withRole("mentor") ?? supporting[2] ?? standIns.elder,
    hook: story.hook,
    hookPlural: story.hookPlural,
    leadSubject: pronouns.subject,
    leadObject: pronouns.object,
    leadPossessive: pronouns.possessive,
    place: story.place,
    community: story.community,
    communityPlural: story.community === story.place && story.placePlural,
    at: atPlace(story.place),
  };
  // B-plots rotate through the supporting cast so everyone gets an episode of their own.
  const bPool = supporting.length > 0 ? random.shuffle(supporting) : [lead];
  // Middle episodes are named from the show's world ("Feeding Time" at a zoo); the pilot and the
  // finale keep the season's own shape.
  const worldTitles = random.shuffle(worldOf(premise)?.titles ?? []);
  const format = style.forKids
    ? genres.find((genre) => genre.key === "family")!.season
    : style.genre.season;

  const episodes = episodeBeats.slice(0, episodeCount).map((beat, index): EpisodeOutline => {
    const b1 = bPool[(index * 2) % bPool.length]!;
    const b2 = bPool.length > 1 ? bPool[(index * 2 + 1) % bPool.length]! : base.elder;
    const slots: EpisodeSlots = { ...base, b1, b2: b2 === b1 ? base.partner : b2 };
    const titles = style.forKids ? beat.titles : [...beat.titles, ...beat.darkTitles];
    return {
      number: index + 1,
      title: titleCase(
        index > 0 && index < episodeCount - 1 && worldTitles[index - 1]
          ? worldTitles[index - 1]!
          : random.pick(titles),
      ),
      logline: capitalizeFirst(random.pick(beat.loglines)(slots)),
      aPlot: capitalizeFirst(random.pick(beat.aPlots)(slots)),
      bPlot: capitalizeFirst(random.pick(beat.bPlots)(slots)),
    };
  });

  return {
    format: { runtimeMinutes: format.runtimeMinutes, structure: format.structure, episodeCount },
    seasonArc: capitalizeFirst(random.pick(seasonArcs)(base)),
    episodes,
  };
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
