import { agree } from "../prose";
import type { CharacterSlots } from "./roles";

/** The few seconds that sell a character, written as a director's note. */
export type SceneLine = (c: CharacterSlots, trait: string) => string;

export const showcaseScenes: readonly SceneLine[] = [
  (c) =>
    `${c.first} walks the edge of ${c.place} at dusk, stops, and turns toward ${c.hook} as if ${agree(c.hookPlural, "it", "they")} had said ${c.pronouns.possessive} name.`,
  (c, trait) =>
    `A close-up of ${c.first}'s hands at work, ${trait} catching the light, before ${c.they("looks", "look")} up straight into the lens.`,
  (c) =>
    `${c.first} bursts through a door ${c.at}, out of breath, with news nobody wants; the camera holds on the silence after.`,
  (c) =>
    `${c.first} sits alone at a kitchen table ${c.at}, rehearsing a confession under ${c.pronouns.possessive} breath, then crumples the note.`,
  (c, trait) =>
    `Rain on glass; ${c.first} wipes a circle clear, and the reflection shows ${trait} and a look that changes everything.`,
  (c) =>
    `${c.first} laughs at something off-screen, then sees ${c.hook} and the laugh dies halfway.`,
  (c) =>
    `${c.first} climbs to the highest point ${c.at} and shouts into the wind; the wind, for once, shouts back.`,
  (c, trait) =>
    `A slow reveal: boots, hands, ${trait}, and finally ${c.first}'s face, already smiling at a secret.`,
  (c) =>
    `${c.first} counts out coins on a counter ${c.at}, comes up one short, and decides to steal the difference.`,
  (c) => `${c.first} lights a lamp against the dark ${c.at}; something in the shadows steps back.`,
];

/** How each showcase ends, so no two characters' clips close the same way. */
export const sceneEndings: readonly string[] = [
  "a freeze-frame on the eyes",
  "a slow fade to black",
  "a smash cut to the title card",
  "the character walking out of frame",
  "a held look straight down the lens",
  "a gust that blows out the only light",
  "a sudden, unexplained smile",
  "a door closing on the camera",
  "the first bar of the theme tune",
  "a long, uneasy silence",
];
