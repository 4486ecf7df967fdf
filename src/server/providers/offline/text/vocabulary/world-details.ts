import type { GenreKey } from "./genres";
import type { StoryLine } from "./story-lines";

/** Texture for the setting line: clauses that follow "…, where". Place-agnostic on purpose. */
export const worldDetails: Record<GenreKey, readonly string[]> = {
  comedy: [
    "everyone has an opinion and a group chat to share it in",
    "the vending machine is the most reliable employee",
    "the same six people keep running into each other on purpose",
    "nothing is ever fixed, only patched with tape and optimism",
  ],
  horror: [
    "the old families still leave a bowl of salt by the door",
    "the church bell rings once a year with nobody pulling the rope",
    "nobody says the name of the thing out loud",
    "the winters are long and the silences are longer",
  ],
  "science-fiction": [
    "the air is rationed and the rumours are not",
    "every wall hums with machinery that was built to outlast its makers",
    "the company logo is on everything, including the people",
    "Earth is a story the children no longer believe",
  ],
  mystery: [
    "every window has a net curtain and every curtain twitches",
    "the pub, the parish and the police station share one long memory",
    "the oldest secrets are kept in the nicest houses",
    "the tide covers more than footprints",
  ],
  fantasy: [
    "the forest keeps its own laws and enforces them",
    "lanterns are left on the sills for spirits who might come home",
    "every bridge has a toll and not every toll is paid in coin",
    "the old gods were never gone, only quiet",
  ],
  noir: [
    "the rain never stops and the neon never sleeps",
    "the cops, the crooks and the councilmen drink in the same bar",
    "everybody owes somebody and the interest is brutal",
    "the only honest thing is the weather",
  ],
  drama: [
    "everyone knows your business and your mother's maiden name",
    "the factory closed years ago but its whistle still sets the clock",
    "the young leave and the old keep the lights on",
    "every kitchen table has heard a confession",
  ],
  romance: [
    "the bakery knows who is dating whom before they do",
    "the summer visitors bring chaos and leave heartbreak",
    "the festival lights stay up all year because nobody will take them down",
    "every bench has a plaque and every plaque has a story",
  ],
  adventure: [
    "the maps are wrong on purpose",
    "every harbour tavern sells the same legend at a different price",
    "the weather is the first rival and the worst",
    "fortunes are made at dawn and lost by dinner",
  ],
  family: [
    "every hill is perfect for rolling down",
    "the mail arrives by bicycle and the news arrives by gossiping birds",
    "there is always a snack, a song and a problem to solve",
    "the grown-ups are busy and the best ideas come from the small folk",
  ],
  thriller: [
    "every phone might be listening and every friend might be reporting",
    "the official story changes every morning",
    "the people in charge smile in public and shred in private",
    "nobody takes the same route home twice",
  ],
  western: [
    "the nearest judge is three days' ride away",
    "water is worth more than gold and both are worth killing for",
    "the saloon, the church and the jail share one dusty street",
    "the wind never stops and neither do the rumours",
  ],
};

/** The key art, as a designer's brief. */
export const posterConcepts: Record<GenreKey, readonly StoryLine[]> = {
  comedy: [
    (s) =>
      `the whole ensemble crammed into one doorway of ${s.place}, ${s.lead} in the middle pretending everything is fine`,
    (s) =>
      `${s.lead} centre frame, arms crossed, while chaos about ${s.hook} unfolds in the background`,
  ],
  horror: [
    (s) =>
      `${s.lead} as a small silhouette at the bottom of the frame, ${s.hook} looming over ${s.place}`,
    (s) =>
      `a single lit window in ${s.place}, and in its reflection a shape that should not be there`,
  ],
  "science-fiction": [
    (s) =>
      `${s.lead} dwarfed by the curve of ${s.place}, a thin line of light cutting across the dark`,
    (s) => `a cracked helmet visor reflecting ${s.place} and something vast behind it`,
  ],
  mystery: [
    (s) => `${s.lead} at the end of a long corridor in ${s.place}, every door ajar but one`,
    (s) => `a map of ${s.place} pinned with red string, ${s.lead} half-seen through the web`,
  ],
  fantasy: [
    (s) =>
      `${s.lead} on a ridge above ${s.place}, a lantern raised against something ancient in the sky`,
    (s) => `an illuminated-manuscript border framing ${s.lead} and ${s.hook}`,
  ],
  noir: [
    (s) =>
      `${s.lead} in a rain-streaked window above ${s.place}, cigarette smoke curling into the title`,
    (s) => `a split face: half ${s.lead}, half neon-lit ${s.place}`,
  ],
  drama: [
    (s) => `${s.lead} seen from behind, looking out over ${s.place} at dusk`,
    (s) => `an empty kitchen table in ${s.place}, one chair pulled out, the light just leaving`,
  ],
  romance: [
    (s) => `two figures almost touching in the golden light of ${s.place}`,
    (s) => `${s.lead} laughing mid-turn as ${s.place} blurs into bokeh behind`,
  ],
  adventure: [
    (s) => `${s.lead} at the prow, ${s.place} opening up below in a sweeping vista`,
    (s) => `a torn map of ${s.place} with the crew charging out of it`,
  ],
  family: [
    (s) => `the whole gang tumbling towards the viewer with ${s.place} bright behind them`,
    (s) => `${s.lead} peeking over the title lettering with a huge grin`,
  ],
  thriller: [
    (s) => `${s.lead} half in shadow, a wall of surveillance photographs of ${s.place} behind`,
    (s) => `a crowd blurred in motion around ${s.lead}, the only figure in sharp focus`,
  ],
  western: [
    (s) => `${s.lead} small against a vast sunset sky, ${s.place} a line of roofs on the horizon`,
    (s) => `a wanted poster nailed to a post, ${s.lead} reflected in the rain barrel below`,
  ],
};

/** Title lettering that tells the genre at a glance. */
export const posterLettering: Record<GenreKey, string> = {
  comedy: "chunky hand-lettered type",
  horror: "weathered, hand-cut serif lettering",
  "science-fiction": "wide-tracked geometric sans-serif",
  mystery: "elegant art-deco lettering",
  fantasy: "gilded uncial lettering",
  noir: "flickering neon script",
  drama: "quiet, generously spaced serif",
  romance: "looping hand-drawn script",
  adventure: "bold woodcut lettering",
  family: "bubbly, rounded letters",
  thriller: "tight, condensed sans-serif",
  western: "weathered wood-type slab serif",
};
