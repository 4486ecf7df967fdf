/**
 * The drawn look of a show, chosen by its production medium. Blueprint media are free text
 * ("neo-noir graphic novel", "stop-motion claymation", "watercolour picture book"), so they
 * are read by keyword, in this order: "noir" decides a "neo-noir graphic novel" before
 * "graphic novel" does, and "watercolour anime" is painted, not cel-shaded.
 */
export const mediumLooks = [
  "ink-noir",
  "watercolour",
  "claymation",
  "anime-cel",
  "retro-comic",
  "photo-duotone",
] as const;

export type MediumLook = (typeof mediumLooks)[number];

const lookWords: [MediumLook, RegExp][] = [
  [
    "ink-noir",
    /\bnoir\b|black[- ]and[- ]white|monochrom|\bink\b|inked|pen[- ]and[- ]ink|charcoal|woodcut|etching|silent film|sin city|graphic novel/i,
  ],
  [
    "watercolour",
    /watercolou?r|aquarelle|gouache|\bwash\b|pastel|storybook|picture[- ]book|painted|painterly|crayon|chalk/i,
  ],
  [
    "claymation",
    /clay|stop[- ]?motion|plasticine|puppet|felt\b|\b3d\b|\bcgi\b|pixar|aardman|\btoy|miniature|model animation/i,
  ],
  ["retro-comic", /comic|pop[- ]art|halftone|pulp|superhero|lichtenstein|ben[- ]day|zine/i],
  [
    "anime-cel",
    /anime|manga|\bcel\b|cel[- ]shaded|ghibli|shonen|shōnen|shojo|cartoon|\b2d\b|hand[- ]drawn|animat|illustrat/i,
  ],
];

/** The look for a medium; anything unrecognised (live action, documentary…) is photographic. */
export function mediumLookOf(medium: string): MediumLook {
  return lookWords.find(([, pattern]) => pattern.test(medium))?.[0] ?? "photo-duotone";
}
