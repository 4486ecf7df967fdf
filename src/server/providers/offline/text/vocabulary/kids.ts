import { agree } from "../prose";
import type { CharacterLine } from "./roles";

/**
 * The children in a children's show: grown-up lines ("has spent years keeping her head down",
 * "a pocket knife", "dark circles worn like a medal") would be wrong in their mouths and on
 * their faces, so they get their own.
 */
export const kidsLeadSummaries: readonly CharacterLine[] = [
  (c) =>
    `${c.first}, ${c.job} with a head full of plans, is the first to spot that ${c.hook} ${agree(c.hookPlural, "is", "are")} a real, actual mystery.`,
  (c) =>
    `${c.first} is ${c.job}: too small for the big rides, too curious to leave ${c.hook} alone, and never, ever bored.`,
  (c) =>
    `${c.first}, ${c.job}, has decided that ${c.hook} ${agree(c.hookPlural, "is a job", "are a job")} for a hero, and that the hero is obviously ${c.pronouns.object}.`,
];

export const kidsMotivations: readonly CharacterLine[] = [
  (c) => `To solve the mystery of ${c.hook} before the grown-ups even notice`,
  (c) => `To prove to everyone ${c.at} that ${c.they("is", "are")} old enough for a real adventure`,
  () => `To win the big contest, or at least not come last again`,
  (c) => `To find a best friend ${c.at} who likes the same weird things`,
  (c) => `To be picked first, just once, by ${c.lead}`,
  () => `To keep a very important promise made on a very rainy day`,
];

export const kidsHair: readonly string[] = [
  "a tangle of auburn curls",
  "jet-black bunches",
  "sandy hair sticking up at the back",
  "dark brown curls in two puffs",
  "a ginger bowl cut",
  "honey-blond plaits",
  "black hair in a wonky ponytail",
  "a chestnut mop that needs a trim",
];

export const kidsFaces: readonly string[] = [
  "a gap where a front tooth used to be",
  "scabbed knees and a grin to match",
  "cheeks that go pink when excited",
  "eyebrows that scrunch up when thinking",
  "a plaster on the chin",
  "enormous, serious eyes",
];

export const kidsBuilds: readonly string[] = [
  "Small for nine and a half",
  "Tall and all elbows",
  "Round-cheeked and bouncy",
  "Skinny and quick",
  "Sturdy as a fire hydrant",
  "Tiny and fierce",
];

export const kidsAccessories: readonly string[] = [
  "a walkie-talkie",
  "a magnifying glass on a string",
  "a lunchbox full of treasures",
  "a backpack covered in badges",
  "a notebook of secret codes",
  "a sticker-covered torch",
];
