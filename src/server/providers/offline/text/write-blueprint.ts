import type { Blueprint } from "../../../shows/documents";
import { analyzePremise, type Premise } from "./premise-analysis";
import { capitalize, joinList, lowerFirst, paragraph, sentence } from "./prose";
import { createSeededRandom, type SeededRandom } from "./seeded-random";
import { chooseStyle, type ShowStyle } from "./show-style";
import { placeAsWritten, storySlots } from "./story-slots";
import { type StorySlots, stakes, taglines } from "./vocabulary/story-lines";
import { posterConcepts, posterLettering, worldDetails } from "./vocabulary/world-details";
import { writeTitle } from "./write-title";

const maxPremiseWordsInLogline = 45;

/** The show bible's first page, written from the premise alone. */
export function writeBlueprint(premiseText: string): Blueprint {
  const premise = analyzePremise(premiseText);
  const style = chooseStyle(premise);
  const random = createSeededRandom(premise.text, "blueprint");
  const slots = storySlots(premise, style.genre);
  const title = writeTitle(premise, style.genre, random);
  const tagline = sentence(random.pick(taglines[style.genre.id])(slots));
  const label = random.pick(style.genre.labels);
  return {
    title,
    logline: writeLogline(premise, slots, style, random),
    tagline,
    genre: style.forKids && style.genre.id !== "family" ? `All-ages ${lowerFirst(label)}` : label,
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
        `For ${title} it leans ${style.tone.name}, so ${slots.place} feels ${random.pick(style.tone.moods)} even in daylight`,
      ),
    },
    visualAesthetics: {
      palette: [...style.palette.colors],
      lighting: `${capitalize(style.medium.lighting)}; ${style.tone.lightingAccent}`,
      camera: capitalize(style.medium.camera),
      composition: `${capitalize(style.medium.composition)}; ${slots.hook} returns as a visual motif in every episode`,
      textures: capitalize(style.medium.textures),
    },
    posterDescription: writePoster(title, tagline, slots, style, random),
  };
}

/** Reuses the premise verbatim, so the author recognises the show as theirs. */
function writeLogline(premise: Premise, slots: StorySlots, style: ShowStyle, random: SeededRandom) {
  const stake = random.pick(stakes[style.genre.id])(slots);
  const words = premise.firstSentence.split(" ").length;
  if (premise.isClause && words <= maxPremiseWordsInLogline) {
    const opening = premise.subject?.proper
      ? premise.firstSentence
      : lowerFirst(premise.firstSentence);
    return sentence(`When ${opening}, ${stake}`);
  }
  const long = premise.text.split(" ").length > maxPremiseWordsInLogline;
  return paragraph(long ? premise.firstSentence : premise.text, stake);
}

function writeSetting(premise: Premise, style: ShowStyle, random: SeededRandom): string {
  const [first, second] = random.pickMany(worldDetails[style.genre.id], 2);
  return paragraph(
    `${capitalize(placeAsWritten(premise, style.genre))}, where ${first}`,
    second ?? "",
  );
}

function writePoster(
  title: string,
  tagline: string,
  slots: StorySlots,
  style: ShowStyle,
  random: SeededRandom,
): string {
  const concept = random.pick(posterConcepts[style.genre.id])(slots);
  const colours = joinList(style.palette.colors.slice(0, 3).map((color) => color.name));
  return paragraph(
    `${capitalize(style.medium.name)} key art: ${concept}`,
    `A palette of ${colours}, lit with ${style.tone.lightingAccent}`,
    `"${title}" in ${posterLettering[style.genre.id]} across the ${random.pick(["top", "bottom"])} third, the tagline "${tagline}" set small beneath it`,
  );
}
