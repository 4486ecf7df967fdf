import type { GenreKey } from "./genres";

/** Title Case nouns from the premise: `main` always, `second` when the premise offers one. */
export interface TitleNouns {
  main: string;
  second: string | null;
}

export type TitlePattern = (nouns: TitleNouns) => string;

export const sharedTitlePatterns: readonly TitlePattern[] = [
  (n) => `The Last ${n.main}`,
  (n) => `The ${n.main}`,
];

/** Only used when the premise gives two different nouns: "The Keeper and the Fog". */
export const pairTitlePatterns: readonly ((main: string, second: string) => string)[] = [
  (main, second) => `The ${main} and the ${second}`,
];

/** For premises that name only a place or a person: "Welcome to Mars". */
export const properTitlePatterns: readonly ((name: string) => string)[] = [
  (name) => `${name} After Dark`,
  (name) => `Welcome to ${name}`,
  (name) => `Dear ${name}`,
  (name) => `${name} Nights`,
];

export const genreTitlePatterns: Record<GenreKey, readonly TitlePattern[]> = {
  comedy: [
    (n) => `Welcome to the ${n.main}`,
    (n) => `The ${n.main} Situation`,
    (n) => `${n.main}, Inc.`,
    (n) => `Everybody Loves the ${n.main}`,
  ],
  horror: [
    (n) => `What the ${n.main} Wants`,
    (n) => `The ${n.main} Below`,
    (n) => `Do Not Wake the ${n.main}`,
    (n) => `The ${n.main} Hours`,
  ],
  "science-fiction": [
    (n) => `${n.main} Zero`,
    (n) => `Beyond the ${n.main}`,
    (n) => `The ${n.main} Protocol`,
    (n) => `Signal from the ${n.main}`,
  ],
  mystery: [
    (n) => `The ${n.main} Affair`,
    (n) => `Murder at the ${n.main}`,
    (n) => `The ${n.main} Files`,
    (n) => `The ${n.main} Mysteries`,
  ],
  fantasy: [
    (n) => `The ${n.main} Crown`,
    (n) => `Song of the ${n.main}`,
    (n) => `The ${n.main} Oath`,
    (n) => `The ${n.main}'s Bargain`,
  ],
  noir: [
    (n) => `The ${n.main} Job`,
    (n) => `Neon ${n.main}`,
    (n) => `Long Night at the ${n.main}`,
    (n) => `Dead ${n.main}`,
  ],
  drama: [
    (n) => `${n.main} Season`,
    (n) => `After the ${n.main}`,
    (n) => `The Quiet ${n.main}`,
    (n) => `The ${n.main} Years`,
  ],
  romance: [
    (n) => `The ${n.main} Summer`,
    (n) => `Meet Me at the ${n.main}`,
    (n) => `Love and the ${n.main}`,
    (n) => `${n.main} Hearts`,
  ],
  adventure: [
    (n) => `The ${n.main} Expedition`,
    (n) => `Across the ${n.main}`,
    (n) => `The ${n.main} Run`,
    (n) => `Fortune's ${n.main}`,
  ],
  family: [
    (n) => `${n.main} Squad`,
    (n) => `The Amazing ${n.main}`,
    (n) => `${n.main} Patrol`,
    (n) => `Hello, ${n.main}!`,
  ],
  thriller: [
    (n) => `The ${n.main} Protocol`,
    (n) => `Eyes on the ${n.main}`,
    (n) => `The ${n.main} Files`,
    (n) => `Cover for the ${n.main}`,
  ],
  western: [
    (n) => `The ${n.main} Trail`,
    (n) => `Last Stand at the ${n.main}`,
    (n) => `${n.main} Country`,
    (n) => `High ${n.main}`,
  ],
};
