import type { Blueprint, Cast, CharacterSeed } from "../../../shows/documents";
import { castNames, type ReservedName, type Sex } from "./cast-names";
import { creatureOf } from "./describe-appearance";
import { genderOf } from "./noun-phrase";
import { analyzePremise, type Premise } from "./premise-analysis";
import { type Pronouns, pronounsByLabel, pronounsFor, subjectWithVerb } from "./pronouns";
import { capitalize, singularize, withIndefinite } from "./prose";
import { createSeededRandom } from "./seeded-random";
import { styleOfBlueprint } from "./show-style";
import { atPlace, hookCharacter, leadIdentity, partnerIdentity, storySlots } from "./story-slots";
import { isCreature, isUnnamedKind } from "./vocabulary/creatures";
import { kidsLeadSummaries } from "./vocabulary/kids";
import { genreTraits, keyVisualTraits, vibeImages } from "./vocabulary/looks";
import { familyGrownUps, occupations } from "./vocabulary/occupations";
import { castRoles, type RoleId } from "./vocabulary/roles";
import { pressures } from "./vocabulary/story-lines";
import { worldOf } from "./world-of";

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
  const names = castNames(
    random,
    premise.text,
    size,
    fixedSexes(
      premise,
      roles.map((role) => role.id),
    ),
    reservedNames(premise),
  );
  const world = worldOf(premise);
  // The world's own people first ("the head keeper" at a zoo), then the genre's.
  const jobs = [
    ...random.shuffle(style.forKids ? [] : (world?.occupations ?? [])),
    ...random.pickMany(occupations[style.forKids ? "family" : style.genre.key], size),
  ];
  const grownUps = random.shuffle(familyGrownUps);
  const traits = random.pickMany([...genreTraits[style.genre.key], ...keyVisualTraits], size);
  const images = random.pickMany(vibeImages, size);
  const toneWords = random.shuffle(style.tone.vibeWords);
  const lead = firstName(names[0]!);
  const partner = partnerIdentity(premise);

  const hookPerson = hookCharacter(premise);
  const jobFor = (role: RoleId, index: number): string => {
    if (hookPerson?.role === role) {
      return hookPerson.job;
    }
    const creature = creatureOf(premise, castRoles(size, style.forKids)[index]!, index);
    const unnamed = isUnnamedKind(singularize(premise.subject?.head.toLowerCase() ?? ""));
    if (creature && unnamed) {
      // "a penguin among the zoo animals": the dossier draws the same penguin.
      return `${withIndefinite(creature)} among the ${premise.subject!.bare}`;
    }
    if (role === "lead") {
      return leadIdentity(premise, style.genre);
    }
    if (role === "deuteragonist" && partner) {
      return partner;
    }
    const grownUp = style.forKids && (role === "mentor" || role === "antagonist");
    return grownUp ? grownUps[index % grownUps.length]! : (jobs[index - 1] ?? jobs[index]!);
  };

  const characters = names.map((name, index): CharacterSeed => {
    const role = roles[index]!;
    const job = jobFor(role.id, index);
    const summaries = style.forKids && role.id === "lead" ? kidsLeadSummaries : role.summaries;
    const pronouns = characterPronouns(premise, name);
    // The character who is the hook has their own pressure: "wants the food critic" is not theirs.
    const hook =
      hookPerson?.role === role.id
        ? createSeededRandom(premise.text, "own-hook").pick(pressures[style.genre.key])
        : slots.hook;
    const summary = random.pick(summaries)({
      first: firstName(name),
      pronouns,
      they: subjectWithVerb(pronouns),
      job,
      lead,
      at: atPlace(slots.place),
      place: slots.place,
      community: slots.community,
      hook,
      hookPlural: hook === slots.hook && slots.hookPlural,
    });
    const toneWord = toneWords[index % toneWords.length]!;
    // "Ruthless and ruthless" when the tone and the role share a word.
    const roleWord = random.pick(
      role.traits.filter((trait) => !trait.includes(" ") && trait !== toneWord),
    );
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

/** The sex of the lead (and a pair's partner) when the premise gives it: "two sisters", "her". */
function fixedSexes(premise: Premise, roles: readonly RoleId[]): Sex[] {
  const gender = genderOf(premise.subject);
  const lead: Sex | null = gender ?? sexOf(premise.leadPronouns);
  const fixed: Sex[] = [];
  if (lead) {
    fixed.push(...(premise.subject?.plural && gender ? [lead, lead] : [lead]));
  }
  // The hook played by the cast keeps the premise's pronoun: "the food critic … who she is".
  const hookAt = roles.indexOf(hookCharacter(premise)?.role ?? "lead");
  const hookSex = sexOf(premise.hookPronouns);
  if (hookAt > 0 && hookSex) {
    fixed[hookAt] = hookSex;
  }
  return fixed;
}

function sexOf(label: Pronouns["label"] | null): Sex | null {
  return label === "she/her" ? "female" : label === "he/him" ? "male" : null;
}

/** The premise's own characters keep their names; an animal lead keeps a single name. */
function reservedNames(premise: Premise): ReservedName[] {
  const single = isCreature(singularize(premise.subject?.head.toLowerCase() ?? ""));
  const named = [...premise.named].sort((a, b) => Number(b.isLead) - Number(a.isLead));
  return named.map((character) => ({
    name: character.name,
    sex: sexOf(character.pronouns) ?? "neutral",
    single: single && character.isLead,
  }));
}

/**
 * A character's pronouns: the premise's word for the characters it names ("Pip … her"), else
 * what the name says. The dossier asks the same question later and must get the same answer.
 */
export function characterPronouns(premise: Premise, fullName: string): Pronouns {
  const first = firstName(fullName);
  const named = premise.named.find((character) => character.first === first);
  return named?.pronouns ? pronounsByLabel(named.pronouns) : pronounsFor(fullName);
}
