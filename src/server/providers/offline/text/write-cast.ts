import type { Blueprint, Cast, CharacterSeed } from "../../../shows/documents";
import { castNames } from "./cast-names";
import { genderOf } from "./noun-phrase";
import { analyzePremise } from "./premise-analysis";
import { pronounsFor, subjectWithVerb } from "./pronouns";
import { capitalize } from "./prose";
import { createSeededRandom } from "./seeded-random";
import { styleOfBlueprint } from "./show-style";
import { atPlace, leadIdentity, partnerIdentity, storySlots } from "./story-slots";
import { kidsLeadSummaries } from "./vocabulary/kids";
import { genreTraits, keyVisualTraits, vibeImages } from "./vocabulary/looks";
import { familyGrownUps, occupations } from "./vocabulary/occupations";
import { castRoles, type RoleId } from "./vocabulary/roles";

export interface CastRequest {
  premise: string;
  blueprint: Blueprint;
  count: number;
}

const maxCastSize = 10;

export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? fullName;
}

/** The show's characters: lead first, then supporting roles in order of weight. */
export function writeCast({ premise: premiseText, blueprint, count }: CastRequest): Cast {
  const premise = analyzePremise(premiseText);
  const style = styleOfBlueprint(blueprint, premise);
  const slots = storySlots(premise, style.genre);
  const random = createSeededRandom(premise.text, "cast");
  const size = Math.min(Math.max(Math.round(count), 1), maxCastSize);
  const roles = castRoles(size, style.forKids);
  const gender = genderOf(premise.subject);
  const fixed = gender ? (premise.subject?.plural ? [gender, gender] : [gender]) : [];
  const names = castNames(random, premise.text, size, fixed);
  const jobs = random.pickMany(occupations[style.forKids ? "family" : style.genre.id], size);
  const grownUps = random.shuffle(familyGrownUps);
  const traits = random.pickMany([...genreTraits[style.genre.id], ...keyVisualTraits], size);
  const images = random.pickMany(vibeImages, size);
  const toneWords = random.shuffle(style.tone.vibeWords);
  const lead = firstName(names[0]!);
  const partner = partnerIdentity(premise);

  const jobFor = (role: RoleId, index: number): string => {
    if (role === "lead") {
      return leadIdentity(premise, style.genre);
    }
    if (role === "deuteragonist" && partner) {
      return partner;
    }
    const grownUp = style.forKids && (role === "mentor" || role === "antagonist");
    return grownUp ? grownUps[index % grownUps.length]! : jobs[index]!;
  };

  const characters = names.map((name, index): CharacterSeed => {
    const role = roles[index]!;
    const job = jobFor(role.id, index);
    const summaries = style.forKids && role.id === "lead" ? kidsLeadSummaries : role.summaries;
    const pronouns = pronounsFor(name);
    const summary = random.pick(summaries)({
      first: firstName(name),
      pronouns,
      they: subjectWithVerb(pronouns),
      job,
      lead,
      at: atPlace(slots.place),
      place: slots.place,
      community: slots.community,
      hook: slots.hook,
    });
    const roleWord = random.pick(role.traits.filter((trait) => !trait.includes(" ")));
    const toneWord = toneWords[index % toneWords.length]!;
    return {
      name,
      role: role.label,
      summary,
      vibe: `${capitalize(toneWord)} and ${roleWord}; ${images[index]}`,
      keyVisualTrait: traits[index]!,
    };
  });
  return { characters };
}
