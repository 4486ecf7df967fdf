import type { GenreId } from "./genres";

/**
 * The thing on the table: the insert shot that shows the episode's trouble before anyone speaks
 * of it, and what the second character asks about ("Where did you get the photograph?").
 */
export interface Prop {
  /** Read as "the {noun}" in dialogue. */
  noun: string;
  /** The insert shot's action, built around the hook ("the fog"). */
  sign: (hook: string) => string;
}

const prop = (noun: string, sign: (hook: string) => string): Prop => ({ noun, sign });

export const genreProps: Record<GenreId, readonly Prop[]> = {
  noir: [
    prop(
      "matchbook",
      (h) => `A matchbook from a club that shut years ago, with ${h} pencilled inside the flap`,
    ),
    prop("ledger", (h) => `A ledger lies open at a page about ${h}, one line scratched out`),
    prop(
      "photograph",
      (h) => `A photograph of ${h}, still tacky from the developer, lies face up in plain sight`,
    ),
  ],
  mystery: [
    prop("letter", (h) => `An unsigned letter about ${h} waits by the door, the ink barely dry`),
    prop(
      "newspaper clipping",
      (h) => `A newspaper clipping about ${h}, circled twice in red ink, is pinned to the wall`,
    ),
    prop("ledger", (h) => `A ledger lies open at a page about ${h}, one line scratched out`),
  ],
  horror: [
    prop(
      "photograph",
      (h) => `An old photograph of ${h}, and in the corner of it a face nobody remembers`,
    ),
    prop("diary", (h) => `A water-stained diary falls open at its last entry, about ${h}`),
    prop(
      "drawing",
      (h) => `A child's drawing of ${h} is taped to the wall, the crayon pressed through the paper`,
    ),
  ],
  "science-fiction": [
    prop("printout", (h) => `A printout from the console flags ${h} in red, circled twice`),
    prop(
      "logbook",
      (h) => `The station logbook's last entry mentions ${h}, then stops mid-sentence`,
    ),
    prop(
      "data chip",
      (h) => `A scorched data chip labelled with ${h} sits in the reader, still warm`,
    ),
  ],
  fantasy: [
    prop("scroll", (h) => `An old scroll unrolls to show ${h}, drawn in faded gold`),
    prop(
      "rune stone",
      (h) => `A rune stone glows faintly on the table, carved with the sign of ${h}`,
    ),
    prop("map", (h) => `A hand-drawn map with ${h} marked in ink and a warning in the margin`),
  ],
  comedy: [
    prop("flyer", (h) => `A homemade flyer about ${h} is stapled to every noticeboard in sight`),
    prop("sticky note", (h) => `A sticky note on the door reads: do not mention ${h}`),
    prop("phone", (h) => `A phone buzzes face up on the counter: forty unread messages about ${h}`),
  ],
  drama: [
    prop("letter", (h) => `An unopened letter about ${h} sits propped against the clock`),
    prop(
      "photograph",
      (h) => `A framed photograph, turned face down, with ${h} written on the back`,
    ),
    prop("envelope", (h) => `A solicitor's envelope marked with ${h} lies unopened on the table`),
  ],
  romance: [
    prop("invitation", (h) => `An embossed invitation about ${h} leans against the mirror`),
    prop("postcard", (h) => `A postcard with ${h} on the front, and two words on the back`),
    prop("ring box", (h) => `A small velvet ring box sits beside a note about ${h}`),
  ],
  adventure: [
    prop("map", (h) => `A sea-stained map with ${h} marked in ink and a warning in the margin`),
    prop("compass", (h) => `A brass compass spins once, then points straight at ${h}`),
    prop("logbook", (h) => `The captain's logbook falls open at a page about ${h}`),
  ],
  family: [
    prop(
      "drawing",
      (h) => `A crayon drawing of ${h} is taped to the wall, signed with a wobbly star`,
    ),
    prop("note", (h) => `A trail of muddy footprints leads straight to a note about ${h}`),
    prop(
      "notebook",
      (h) => `A detective notebook lies open at a page headed ${h}, underlined three times`,
    ),
  ],
};

/**
 * What the episode's own logline asks for: an offer needs an envelope, a disappearance a thing
 * left behind. The first matching pattern wins; none leaves the genre's prop.
 */
export const episodeProps: readonly { pattern: RegExp; grownUp: Prop; kids: Prop }[] = [
  {
    pattern: /\b(missing|vanish\w*|disappear\w*|gone)\b/i,
    grownUp: prop(
      "glove",
      () => `A single glove lies abandoned on the floor, a long way from its owner`,
    ),
    kids: prop(
      "hair clip",
      () =>
        `A sparkly hair clip lies on the floor by the door, and nobody has seen its owner since lunch`,
    ),
  },
  {
    pattern: /\b(offer|deal|bargain|bribe)\b/i,
    grownUp: prop(
      "envelope",
      (h) => `A fat envelope of cash sits on the table, ${h} scrawled across the flap`,
    ),
    kids: prop(
      "golden ticket",
      (h) => `A shiny golden ticket sits on the table, with a note about ${h} clipped to it`,
    ),
  },
  {
    pattern: /\bmap\b/i,
    grownUp: prop("map", (h) => `A folded map with ${h} circled in pencil`),
    kids: prop("map", (h) => `A treasure map with ${h} circled in felt-tip`),
  },
  {
    pattern: /\btrap\b/i,
    grownUp: prop(
      "snare",
      (h) => `A snare of wire and fishing line lies ready on the floor, baited for ${h}`,
    ),
    kids: prop(
      "net",
      (h) => `A butterfly net and a bag of sweets lie ready by the door, bait for ${h}`,
    ),
  },
  {
    pattern: /\b(proof|evidence)\b/i,
    grownUp: prop(
      "photograph",
      (h) => `A blurred photograph of ${h} lies on the table, the only proof there is`,
    ),
    kids: prop("photo", (h) => `A wobbly photo of ${h} sits on the table, the only proof there is`),
  },
  {
    pattern: /\bwarn\w*\b/i,
    grownUp: prop("note", (h) => `A note pushed under the door reads: stay away from ${h}`),
    kids: prop("note", (h) => `A note in big letters on the door reads: keep away from ${h}`),
  },
  {
    pattern: /\b(past|secret|discover\w*|knew|history)\b/i,
    grownUp: prop(
      "letter",
      (h) => `An old letter about ${h}, its envelope yellow with age, lies open`,
    ),
    kids: prop("diary", (h) => `A dusty diary falls open at a page about ${h}`),
  },
];
