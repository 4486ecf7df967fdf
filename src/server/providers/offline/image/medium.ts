/**
 * The look family of a production medium. Blueprint media are free text ("stop-motion
 * claymation", "2D anime", "prestige live action"), so they are read by keyword; anything
 * unrecognised is treated as live action, the most common and most neutral look.
 */
export type LookFamily = "clay" | "anime" | "cartoon" | "noir" | "live";

const families: [LookFamily, RegExp][] = [
  ["noir", /\bnoir\b|black[- ]and[- ]white|monochrom|silent film/i],
  ["clay", /clay|stop[- ]?motion|plasticine|puppet|\b3d\b|\bcgi\b|pixar|toy|felt/i],
  ["anime", /anime|manga|\bcel\b|ghibli|shonen|shojo/i],
  ["cartoon", /cartoon|\b2d\b|animat|comic|illustrat|hand[- ]drawn|watercolou?r|graphic novel/i],
];

export function lookFamily(medium: string): LookFamily {
  return families.find(([, pattern]) => pattern.test(medium))?.[0] ?? "live";
}
