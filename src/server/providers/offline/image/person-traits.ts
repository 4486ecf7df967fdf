import { colourBefore } from "./hair-traits";

/** Everything but the hair that a drawn character can show, read from dossier words. */

export type AgeStage = "child" | "teen" | "adult" | "elder";
export type Build = "slight" | "average" | "broad";
export type Presentation = "feminine" | "masculine" | "neutral";
export type FacialHair = "stubble" | "beard" | "longBeard" | "moustache" | "handlebar";
export type Eyewear = "glasses" | "roundGlasses" | "sunglasses";
export type Headwear = "hat" | "beanie" | "hijab" | "turban";
export type Clothing = "coat" | "sweater" | "hoodie" | "overalls" | "tee" | "shirt" | "dress";
/** Small things drawn over the avatar because no avatar style has them. */
export type Accessory = "scarf" | "earrings" | "eyepatch" | "freckles" | "scar" | "flower";

/** The stage of life from the dossier's age ("34", "40s", "late sixties", "9") and words. */
export function ageStageOf(age: string, appearance: string): AgeStage {
  const years = yearsIn(age.toLowerCase());
  if (years !== null) {
    return years < 13 ? "child" : years < 20 ? "teen" : years < 60 ? "adult" : "elder";
  }
  const words = `${age} ${appearance}`.toLowerCase();
  if (/\b(child|kid|little (girl|boy)|toddler|infant|\d+-year-old)\b/.test(words)) {
    return "child";
  }
  if (/\b(teen|teenager|adolescent|youth)\b/.test(words)) {
    return "teen";
  }
  if (/\b(elderly|aged|old (man|woman)|pensioner|retired|ancient|centenarian)\b/.test(words)) {
    return "elder";
  }
  return "adult";
}

const decades: Record<string, number> = {
  teens: 15,
  twenties: 25,
  thirties: 35,
  forties: 45,
  fifties: 55,
  sixties: 65,
  seventies: 75,
  eighties: 85,
  nineties: 95,
};

function yearsIn(age: string): number | null {
  const digits = /(\d{1,3})/.exec(age);
  if (digits) {
    return Number(digits[1]);
  }
  const decade = Object.entries(decades).find(([word]) => age.includes(word));
  return decade ? decade[1] : null;
}

export function buildOf(appearance: string): Build {
  if (
    /broad|burly|stocky|heavy[- ]?set|barrel[- ]chested|hulking|big[- ]boned|muscular|sturdy|solid\b|round[- ](faced|bodied|cheeked)|portly|stout|plump|chubby|fire hydrant/.test(
      appearance,
    )
  ) {
    return "broad";
  }
  if (
    /slight|slender|thin\b|skinny|wiry|willowy|slim|petite|gaunt|bony|lanky|rangy|tiny|all elbows/.test(
      appearance,
    )
  ) {
    return "slight";
  }
  return "average";
}

/** From the pronouns first, then from the words the dossier uses for the person. */
export function presentationOf(pronouns: string, appearance: string): Presentation {
  const said = pronouns.toLowerCase();
  if (/\bshe\b|\bher\b/.test(said)) {
    return "feminine";
  }
  if (/\bhe\b|\bhim\b/.test(said)) {
    return "masculine";
  }
  if (/\bthey\b|\bthem\b|\bxe\b|\bze\b/.test(said)) {
    return "neutral";
  }
  if (
    /\b(woman|girl|mother|grandmother|lady|her|she|aunt|sister|daughter|queen|wife)\b/.test(
      appearance,
    )
  ) {
    return "feminine";
  }
  if (
    /\b(man|boy|father|grandfather|gentleman|his|he|uncle|brother|son|king|husband)\b/.test(
      appearance,
    )
  ) {
    return "masculine";
  }
  return "neutral";
}

export function facialHairOf(appearance: string): FacialHair | null {
  if (/handlebar|twirl(ed)? moustache|waxed moustache|curled moustache/.test(appearance)) {
    return "handlebar";
  }
  if (/walrus|bushy moustache|bristling [a-z-]* ?moustache|moustache|mustache/.test(appearance)) {
    return /beard/.test(appearance) ? "beard" : "moustache";
  }
  if (
    /long beard|bushy beard|wild beard|great beard|full beard|flowing beard|wizard/.test(appearance)
  ) {
    return "longBeard";
  }
  if (/beard|goatee|mutton ?chops|sideburns/.test(appearance)) {
    return "beard";
  }
  if (/stubble|five o'?clock shadow|unshaven|stubble shadow/.test(appearance)) {
    return "stubble";
  }
  return null;
}

/** The beard's own colour when named ("a white walrus moustache", "a dark stubble shadow"). */
export function facialHairColourOf(appearance: string): string | null {
  const noun = /(beard|moustache|mustache|stubble|goatee|whiskers)\b/;
  const named = colourBefore(appearance, noun);
  if (named) {
    return named;
  }
  // "Dark" is no colour of its own, but a dark beard on platinum hair is the dossier's point.
  return /\bdark (stubble|beard|moustache|mustache|goatee)/.test(appearance) ? "#241a16" : null;
}

export function eyewearOf(text: string): Eyewear | null {
  if (/sunglasses|shades\b|aviators|dark glasses/.test(text)) {
    return "sunglasses";
  }
  if (
    /round (tortoiseshell |wire[- ]rimmed |)?(glasses|spectacles)|monocle|pince-nez|granny glasses|wire[- ]rimmed/.test(
      text,
    )
  ) {
    return "roundGlasses";
  }
  if (/glasses|spectacles|specs\b|goggles|bifocals|horn[- ]rimmed/.test(text)) {
    return "glasses";
  }
  return null;
}

export function headwearOf(text: string): Headwear | null {
  if (/hijab|headscarf|head scarf|head wrap|headwrap/.test(text)) {
    return "hijab";
  }
  if (/turban/.test(text)) {
    return "turban";
  }
  if (
    /beanie|bobble hat|woolly hat|wool(len)? (cap|hat)|knit(ted)? (cap|hat)|tuque|toque|balaclava/.test(
      text,
    )
  ) {
    return "beanie";
  }
  if (
    /\bhats?\b|fedora|bowler|trilby|stetson|sombrero|tricorn|top hat|panama|boater|\bcap\b|deerstalker/.test(
      text,
    )
  ) {
    return "hat";
  }
  return null;
}

/** The colour named just before the headwear, e.g. "a red beanie". */
export function headwearColourOf(text: string): string | null {
  return colourBefore(text, /(hat|beanie|cap|hijab|headscarf|turban|fedora|bowler|trilby)\b/);
}

export function accessoriesOf(appearance: string, wardrobe: string): Accessory[] {
  const text = `${appearance} ${wardrobe}`;
  const found: Accessory[] = [];
  if (
    /\bscarf\b|scarves|muffler|\bshawl\b|cravat|neckerchief|bandana/.test(
      text.replace(/head ?scarf/g, ""),
    )
  ) {
    found.push("scarf");
  }
  if (/earring|ear piercing|piercings|\bhoops\b|ear studs|\bstuds in\b/.test(text)) {
    found.push("earrings");
  }
  if (/eye ?patch/.test(text)) {
    found.push("eyepatch");
  }
  if (/freckl/.test(text)) {
    found.push("freckles");
  }
  if (/\bscars?\b|scarred/.test(appearance)) {
    found.push("scar");
  }
  if (/\b(flowers?|blossoms?|daisy|corsage|buttonhole)\b|\brose in\b|lavender in/.test(text)) {
    found.push("flower");
  }
  return found;
}

const garments: [Clothing, RegExp][] = [
  ["hoodie", /hoodie|hooded (top|sweatshirt)|sweatshirt/],
  ["overalls", /dungarees|overalls|boiler ?suit|coveralls|jumpsuit|pinafore|pressure suit|apron/],
  ["dress", /\bdress\b|gown|frock|sundress/],
  ["sweater", /jumper|sweater|cardigan|pullover|knit|tank top|turtleneck|polo neck|gilet/],
  [
    "coat",
    /coat|jacket|blazer|\bsuit\b|uniform|cloak|robe|cassock|gambeson|jerkin|parka|anorak|oilskins|waistcoat/,
  ],
  ["tee", /t-?shirt|\btee\b|vest top|polo shirt/],
  ["shirt", /shirt|blouse|tunic/],
];

/** The upper-body garment the dossier names first; null leaves it to the seed. */
export function clothingOf(text: string): Clothing | null {
  let best: { clothing: Clothing; at: number } | null = null;
  for (const [clothing, pattern] of garments) {
    const at = text.search(pattern);
    if (at >= 0 && (!best || at < best.at)) {
      best = { clothing, at };
    }
  }
  return best?.clothing ?? null;
}

const garmentNoun =
  /(coat|raincoat|overcoat|jacket|blazer|suit|uniform|cardigan|jumper|sweater|hoodie|shirt|blouse|dress|gown|cloak|robe|dungarees|overalls|boiler suit|coveralls|tunic|waistcoat|parka|anorak|cassock|pinafore|gilet|tank top|t-shirt|jerkin|kimono|sari|poncho)\b/;

/** The colour of the first coloured garment in the text ("a bright red raincoat"). */
export function clothingColourOf(...texts: string[]): string | null {
  for (const text of texts) {
    const colour = colourBefore(text, garmentNoun);
    if (colour) {
      return colour;
    }
  }
  return null;
}

/** How an animal character's head differs from a person's, as far as overlays draw it. */
export interface Creature {
  kind: string;
  ears: "round" | "pointy" | "long" | "floppy" | "none";
  face: "muzzle" | "beak" | "bulges" | "plain";
}

const creatureShapes: [RegExp, Omit<Creature, "kind">][] = [
  [/rabbit|bunny|hare/, { ears: "long", face: "muzzle" }],
  [/dog|puppy|pup|sheep|cow|goat|llama|horse/, { ears: "floppy", face: "muzzle" }],
  [
    /cat|kitten|fox|wolf|tiger|lion|lynx|raccoon|badger|squirrel|pig/,
    { ears: "pointy", face: "muzzle" },
  ],
  [
    /bear|panda|koala|mouse|rat|hamster|mole|otter|beaver|monkey|ape|chimp|gorilla|hedgehog|sloth|monster/,
    { ears: "round", face: "muzzle" },
  ],
  [/penguin|owl|duck|goose|chicken|hen|crow|parrot|pigeon|bird/, { ears: "none", face: "beak" }],
  [/frog|toad|newt/, { ears: "none", face: "bulges" }],
  [
    /dragon|lizard|snake|turtle|tortoise|crocodile|alligator|fish|shark|whale|octopus|crab|snail/,
    { ears: "none", face: "plain" },
  ],
];

/**
 * The animal a dossier describes ("A tall and rangy monkey, with glossy chocolate-brown fur"):
 * named as what the character *is*, in the opening words, not a pet mentioned later.
 */
export function creatureOf(appearance: string): Creature | null {
  const opening = appearance.split(/[,.;]| with /)[0] ?? "";
  // "A bear of a man" is a man.
  if (/\bof an? (man|woman|person|fellow|girl|boy)\b/.test(opening)) {
    return null;
  }
  for (const word of opening.split(/[^a-z]+/)) {
    const shape = creatureShapes.find(([pattern]) =>
      new RegExp(`^(${pattern.source})s?$`).test(word),
    );
    if (shape) {
      return { kind: word, ...shape[1] };
    }
  }
  return null;
}

/** The colour of an animal's coat, skin, scales or feathers ("mottled green skin"). */
export function coatColourOf(appearance: string): string | null {
  return colourBefore(
    appearance,
    /(fur|skin|scales|feathers|plumage|hide|coat|shell|wool|fleece)\b/,
  );
}
