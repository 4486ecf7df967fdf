import type { GenreKey } from "./genres";

/**
 * Concrete, paintable details. The offline image provider reads hair colour, skin, glasses and
 * beards back out of the dossier, so these name colours before "hair" and say "skin" plainly.
 */
export const keyVisualTraits: readonly string[] = [
  "a brass prosthetic hand",
  "silver-streaked braids",
  "a scar through one eyebrow",
  "mismatched eyes, one green and one brown",
  "a hand-knitted scarf that is far too long",
  "round tortoiseshell glasses mended with tape",
  "a shock of copper curls",
  "a gold front tooth",
  "freckles like spilled paprika",
  "a constellation of ear piercings",
  "a bright red raincoat",
  "an eyepatch embroidered with a daisy",
  "a faded sailor's tattoo on the forearm",
  "a shaved head with a single blue stripe",
  "a pencil tucked permanently behind one ear",
  "a silver locket that never opens",
  "fingerless gloves stained with ink",
  "a cane carved with fish",
  "a lopsided, gap-toothed grin",
  "a bowler hat two sizes too big",
  "a sunflower-yellow cardigan",
  "a nose broken twice and set badly once",
  "a leather satchel covered in patches",
  "a white streak through jet-black hair",
  "a chipped enamel pin of a lighthouse",
  "heavy rings on every finger",
  "a paint-spattered boiler suit",
  "an old camera always around the neck",
  "a birthmark shaped like a crescent moon",
  "a vintage hearing aid the colour of coral",
  "a crooked homemade fringe",
  "a toolbelt worn like a holster",
  "an enormous moth-eaten fur coat",
  "pale blond eyebrows that vanish in sunlight",
  "a sling that never seems to come off",
  "a cowlick no product can tame",
  "an old pocket watch that runs backwards",
  "bright green wellington boots",
  "a bandaged knuckle that never heals",
  "a necklace of keys",
];

export const genreTraits: Record<GenreKey, readonly string[]> = {
  comedy: ["a lanyard with fourteen keycards", "a novelty tie for every day of the week"],
  horror: ["a rosary wrapped around one wrist", "a lantern carried even in daylight"],
  "science-fiction": ["a cracked visor clipped to one ear", "circuit-line tattoos along the jaw"],
  mystery: ["a magnifying loupe on a chain", "a notebook bursting with pressed evidence"],
  fantasy: ["antler-bone hairpins", "a glowing rune scarred into one palm"],
  noir: [
    "a fedora with a bullet hole in the brim",
    "a cigarette case engraved with someone else's initials",
  ],
  drama: ["a wedding ring worn on a chain", "reading glasses pushed up into grey hair"],
  romance: ["a sprig of lavender in the buttonhole", "sun-freckled shoulders"],
  adventure: ["a compass tattooed on the wrist", "a tricorn hat bleached by salt"],
  family: ["a superhero cape made from a bath towel", "light-up trainers"],
  thriller: ["a visitor's badge kept long after the visit", "a burner phone always in one hand"],
  western: ["a silver spur that jingles on every step", "a rattlesnake-skin hatband"],
};

export const hairStyles: readonly string[] = [
  "a tangle of auburn curls",
  "jet-black braids",
  "sandy hair in a messy bun",
  "close-cut dark brown curls",
  "honey-blond hair tucked under a cap",
  "poker-straight black hair",
  "chestnut hair cut in a blunt bob",
  "platinum hair shaved at the sides",
  "ginger hair in two buns",
  "dark brown locks tied back with string",
];

/** Hair for characters past sixty. */
export const greyHairStyles: readonly string[] = [
  "cropped silver hair",
  "a long grey plait",
  "salt-and-pepper hair swept back",
  "an afro flecked with grey",
  "thinning white hair combed with great care",
  "a grey bob tucked behind the ears",
];

export const skinTones: readonly string[] = [
  "pale, freckled skin",
  "fair, windburnt skin",
  "olive skin",
  "tanned skin",
  "warm brown skin",
  "deep brown skin",
  "golden-brown skin",
  "rosy, weathered skin",
];

export const builds: readonly string[] = [
  "Tall and rangy",
  "Short and solid",
  "Wiry",
  "Broad-shouldered",
  "Slight and quick",
  "Round-faced and sturdy",
  "Lanky",
  "Compact and muscular",
  "Soft-bodied and upright",
];

export const faceDetails: readonly string[] = [
  "laugh lines that do most of the talking",
  "a watchful, heavy-lidded gaze",
  "a jaw always set against bad news",
  "eyebrows that move before the mouth does",
  "a nose red from the cold",
  "a face that looks younger when it smiles",
  "dark circles worn like a medal",
  "a slightly crooked, disarming smile",
];

export const youngBeards: readonly string[] = [
  "a dark stubble shadow",
  "a neat auburn beard",
  "a bristling ginger moustache",
];

export const beards: readonly string[] = [
  "a white walrus moustache",
  "a close-trimmed salt-and-pepper beard",
  "a grey stubble shadow",
];

/** One-line images for a character's vibe: "a lit match in a cold room". */
export const vibeImages: readonly string[] = [
  "a lit match in a cold room",
  "a thunderstorm in a cardigan",
  "a locked diary with the key taped to it",
  "a lighthouse that flickers",
  "a cat pretending not to care",
  "a kettle just about to boil",
  "a velvet glove over a rusty nail",
  "a golden retriever with a secret",
  "a chess player three moves ahead",
  "a firework with a long fuse",
  "a stray dog that chose you",
  "a house with every light on",
  "a spare key under the mat",
  "a church bell at midnight",
  "a hand-me-down coat that fits perfectly",
  "a shark in a sensible blazer",
  "a paper boat in a storm drain",
  "a jukebox stuck on one song",
  "a postcard from somewhere better",
  "a knife drawer that sticks",
];
