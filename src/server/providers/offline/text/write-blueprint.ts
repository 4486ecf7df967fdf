import type { Blueprint } from "../../../shows/documents";
import { analyzePremise, type Premise } from "./premise-analysis";
import {
  agree,
  capitalize,
  joinList,
  lowerFirst,
  paragraph,
  sentence,
  withIndefinite,
} from "./prose";
import { createSeededRandom, type SeededRandom } from "./seeded-random";
import { chooseStyle, type ShowStyle } from "./show-style";
import { atPlace, placeAsWritten, storySlots } from "./story-slots";
import { heistStakes, type StorySlots, stakes, taglines } from "./vocabulary/story-lines";
import { posterConcepts, posterLettering, worldDetails } from "./vocabulary/world-details";
import { worldOf } from "./world-of";
import { writeTitle } from "./write-title";

/** The show bible's first page, written from the premise alone. */
export function writeBlueprint(premiseText: string): Blueprint {
  const premise = analyzePremise(premiseText);
  const style = chooseStyle(premise);
  const random = createSeededRandom(premise.text, "blueprint");
  const slots = storySlots(premise, style.genre);
  const title = writeTitle(premise, style.genre, random);
  const tagline = sentence(random.pick(taglines[style.genre.key])(slots));
  return {
    title,
    logline: writeLogline(premise, slots, style, random),
    tagline,
    genre: genreLabel(style),
    tone: style.tone.name,
    setting: writeSetting(premise, style, random),
    themes: random.pickMany(style.genre.themes, 4),
    moodKeywords: [
      ...new Set([
        ...random.pickMany(style.tone.moods, 3),
        ...random.pickMany(style.genre.moods, 3),
      ]),
    ],
    productionStyle: {
      medium: style.medium.name,
      description: paragraph(
        style.medium.description,
        `For ${title} it leans ${style.tone.name}, so ${slots.place} ${agree(slots.placePlural, "feels", "feel")} ${random.pick(style.tone.moods)} even in daylight`,
      ),
    },
    visualAesthetics: {
      palette: [...style.palette.colors],
      lighting: `${capitalize(style.medium.lighting)}; ${style.tone.lightingAccent}`,
      camera: capitalize(style.medium.camera),
      composition: `${capitalize(style.medium.composition)}; ${slots.hook} ${agree(slots.hookPlural, "returns", "return")} as a visual motif in every episode`,
      textures: capitalize(style.medium.textures),
    },
    posterDescription: writePoster(title, tagline, slots, style, random),
  };
}

/**
 * The logline is composed, never quoted: the lead as the premise introduces them ("A retired
 * lighthouse keeper on a remote Scottish island", "Jonah, a burned-out chef,") followed by what
 * the genre puts at stake for them.
 */
function writeLogline(premise: Premise, slots: StorySlots, style: ShowStyle, random: SeededRandom) {
  const heist = /\b(heists?|rob|robs|robbing|robbery|safecrackers?)\b/i.test(premise.text);
  const lines = (heist ? heistStakes : stakes[style.genre.key]).map((line) => line(slots));
  // The premise's own hook ("the fog") stays in the logline, so the author recognises the show.
  const naming = premise.hook ? lines.filter((line) => line.includes(slots.hook)) : [];
  const stake = random.pick(naming.length > 0 ? naming : lines);
  return sentence(`${leadIntroduction(premise, style, !stake.includes(slots.place))} ${stake}`);
}

function leadIntroduction(premise: Premise, style: ShowStyle, withPlace: boolean): string {
  const named = premise.named.find((character) => character.isLead);
  const who = premise.leadText ?? (named ? null : style.genre.fallbackHero);
  if (named) {
    return who ? `${named.name}, ${who},` : named.name;
  }
  const where = placeAsWritten(premise, style.genre);
  const placed =
    withPlace &&
    who &&
    premise.placeBeforeVerb &&
    !who.includes(where) &&
    !/^(his|her|their|its)\b/i.test(where);
  return capitalize(placed ? `${who} ${atPlace(where)}` : who!);
}

function writeSetting(premise: Premise, style: ShowStyle, random: SeededRandom): string {
  const world = worldOf(premise);
  const [first, second] = random.pickMany(world?.details ?? worldDetails[style.genre.key], 2);
  // "her overnight flight" is only hers once the cast exists: the setting says "an overnight flight".
  const place = placeAsWritten(premise, style.genre).replace(
    /^(his|her|their|its)\s+(\S+)/i,
    (_, _owner: string, word: string) => withIndefinite(word),
  );
  return paragraph(`${capitalize(place)}, where ${first}`, second ?? "");
}

function writePoster(
  title: string,
  tagline: string,
  slots: StorySlots,
  style: ShowStyle,
  random: SeededRandom,
): string {
  const concept = random.pick(posterConcepts[style.genre.key])(slots);
  const colours = joinList(style.palette.colors.slice(0, 3).map((color) => color.name));
  return paragraph(
    `${capitalize(style.medium.name)} key art: ${concept}`,
    `A palette of ${colours}, lit with ${style.tone.lightingAccent}`,
    `"${title}" in ${posterLettering[style.genre.key]} across the ${random.pick(["top", "bottom"])} third, the tagline "${tagline}" set small beneath it`,
  );
}

/** "Heist comedy"; a children's show says so unless its label already does. */
function genreLabel(style: ShowStyle): string {
  const saysKids = /\b(kids|children|preschool|family|all-ages)\b/i.test(style.label);
  return style.forKids && !saysKids ? `All-ages ${lowerFirst(style.label)}` : style.label;
}
