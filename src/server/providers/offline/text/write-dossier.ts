import type { Blueprint, CharacterSeed, Dossier } from "../../../shows/documents";
import { creatureOf, describeAppearance, describeCreature } from "./describe-appearance";
import { analyzePremise } from "./premise-analysis";
import { subjectWithVerb } from "./pronouns";
import { joinList, paragraph, sentence, withIndefinite } from "./prose";
import {
  createSeededRandom,
  type DistinctPicker,
  distinctPicker,
  type SeededRandom,
} from "./seeded-random";
import { type ShowStyle, styleOfBlueprint } from "./show-style";
import { atPlace, hookCharacter, leadAgeRange, storySlots } from "./story-slots";
import {
  backstories,
  eventsFor,
  flaws,
  generalTraits,
  kidsBackstories,
  kidsFlaws,
  voiceHabits,
  voiceQualities,
} from "./vocabulary/biography";
import { kidsAccessories, kidsMotivations } from "./vocabulary/kids";
import { type CharacterSlots, type Role, roleByLabel, roles } from "./vocabulary/roles";
import { sceneEndings, showcaseScenes } from "./vocabulary/scenes";
import { pressures } from "./vocabulary/story-lines";
import { accessories, expressions, framings, outfits } from "./vocabulary/wardrobe";
import { characterPronouns, firstName } from "./write-cast";
import { writeRelationships } from "./write-relationships";

export interface DossierRequest {
  premise: string;
  blueprint: Blueprint;
  seed: CharacterSeed;
  cast: CharacterSeed[];
}

/** One character's full dossier, seeded by premise and name so rewrites are stable. */
export function writeDossier({
  premise: premiseText,
  blueprint,
  seed,
  cast,
}: DossierRequest): Dossier {
  const premise = analyzePremise(premiseText);
  const style = styleOfBlueprint(blueprint, premise);
  const story = storySlots(premise, style.genre);
  const random = createSeededRandom(premise.text, "dossier", seed.name);
  const castIndex = Math.max(
    0,
    cast.findIndex((member) => member.name === seed.name),
  );
  const distinct = distinctPicker(premise.text, castIndex);
  const role = roleByLabel(seed.role) ?? roles[Math.min(castIndex, roles.length - 1)]!;
  const leadAges = leadAgeRange(premise, style);
  const lead = cast.find((member) => roleByLabel(member.role)?.id === "lead") ?? cast[0] ?? seed;
  const pronouns = characterPronouns(premise, seed.name);
  const grownUp = !style.forKids || role.id === "mentor" || role.id === "antagonist";
  const child = !grownUp;
  const creature = creatureOf(premise, role, castIndex);
  // Grown-ups in a children's show still dress like grown-ups.
  const grownUpGenre = style.genre.key === "family" ? "comedy" : style.genre.key;
  const isTheHook = hookCharacter(premise)?.role === role.id;
  const slots: CharacterSlots = {
    first: firstName(seed.name),
    pronouns,
    they: subjectWithVerb(pronouns),
    job: `the ${role.label}`,
    lead: firstName(lead.name),
    at: atPlace(story.place),
    place: story.place,
    community: story.community,
    hook: isTheHook
      ? createSeededRandom(premise.text, "own-hook").pick(pressures[style.genre.key])
      : story.hook,
    hookPlural: !isTheHook && story.hookPlural,
  };
  const event = distinct("event", eventsFor(style.genre.key));
  const age = ageOf(premise.text, leadAges, style, role, grownUp, random);

  return {
    name: seed.name,
    role: seed.role,
    age: String(age),
    pronouns: pronouns.label,
    appearance: creature
      ? describeCreature(seed, creature, random, distinct)
      : describeAppearance(seed, age, child, pronouns.label === "he/him", random, distinct),
    wardrobe: sentence(
      `${distinct("outfit", outfits[child ? "family" : grownUpGenre])}, never without ${random.pick(child ? kidsAccessories : accessories)}`,
    ),
    personality: [
      ...new Set([
        ...random.pickMany(role.traits, 2),
        random.pick(style.tone.vibeWords),
        distinct("trait", generalTraits),
      ]),
    ],
    backstory: distinct("backstory", child ? kidsBackstories : backstories)(slots, event),
    motivation: sentence(
      child ? distinct("motivation", kidsMotivations)(slots) : random.pick(role.motivations)(slots),
    ),
    flaw: sentence(distinct("flaw", child ? kidsFlaws : flaws)),
    voice: sentence(`${distinct("voice", voiceQualities)}; ${distinct("habit", voiceHabits)}`),
    relationships: writeRelationships(premise.text, seed, cast),
    portraitGuidance: guidePortrait(seed, role, blueprint, style, random, distinct),
    showcaseScene: paragraph(
      distinct("scene", showcaseScenes)(slots, seed.keyVisualTrait),
      `In ${style.medium.name}: ${style.medium.motion}, ending on ${distinct("ending", sceneEndings)}`,
    ),
  };
}

/** The lead's age anchors everyone's, so it comes from the premise alone. */
function ageOf(
  premise: string,
  [youngest, oldest]: readonly [number, number],
  style: ShowStyle,
  role: Role,
  grownUp: boolean,
  random: SeededRandom,
) {
  const leadAge = createSeededRandom(premise, "lead-age").int(youngest, oldest);
  if (!grownUp) {
    return Math.min(14, Math.max(6, leadAge + random.int(-2, 2)));
  }
  if (style.forKids) {
    return random.int(32, 74);
  }
  const [low, high] = role.ageOffset;
  return Math.min(88, Math.max(16, leadAge + random.int(low, high)));
}

function guidePortrait(
  seed: CharacterSeed,
  role: Role,
  blueprint: Blueprint,
  style: ShowStyle,
  random: SeededRandom,
  distinct: DistinctPicker,
): string {
  const first = firstName(seed.name);
  const palette = blueprint.visualAesthetics.palette;
  const accent = distinct("accent", palette);
  const place = blueprint.setting.split(/[,.;]/)[0]!;
  return paragraph(
    `Paint ${first} as ${withIndefinite(style.medium.portrait)}`,
    `${random.pick(framings)}, ${expressions[role.id]}, lit by ${lowerArticle(blueprint.visualAesthetics.lighting.split(";")[0]!)}`,
    `Keep to the show palette (${joinList(palette.map((color) => `${color.name} ${color.hex}`))}), with ${accent.name} reserved for ${first}`,
    `Make ${seed.keyVisualTrait} the focal point, with ${lowerArticle(place)} soft in the background`,
  );
}

/** Lower-cases a leading article or common word, never a name: "A remote Scottish island". */
function lowerArticle(text: string): string {
  return /^(A|An|The|Miniature|Soft|Cel|Motivated|Available|Chiaroscuro|Global|Top-down|Flat|Baked-in)\b/.test(
    text,
  )
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}
