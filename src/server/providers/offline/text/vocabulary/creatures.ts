/**
 * Premises about animals ("a family of moles", "a penguin who wants to fly") cast animals as
 * their leads, and an animal's dossier describes a coat, not skin and hair.
 */
const birds = new Set([
  "penguin",
  "owl",
  "duck",
  "goose",
  "chicken",
  "crow",
  "parrot",
  "pigeon",
  "hen",
]);
const scaled = new Set([
  "dragon",
  "frog",
  "octopus",
  "shark",
  "whale",
  "crab",
  "turtle",
  "tortoise",
  "snail",
  "fish",
  "lizard",
  "snake",
  "toad",
  "newt",
]);
const furred = new Set([
  "mole",
  "bear",
  "fox",
  "rabbit",
  "mouse",
  "badger",
  "hedgehog",
  "dog",
  "cat",
  "pup",
  "puppy",
  "kitten",
  "horse",
  "pig",
  "goat",
  "squirrel",
  "raccoon",
  "otter",
  "beaver",
  "hamster",
  "wolf",
  "bunny",
  "sheep",
  "monster",
  "cow",
  "llama",
  "monkey",
]);

/** Words for "some animal": each character of "a gang of zoo animals" is a species of its own. */
const unnamedKinds = new Set(["animal", "creature", "beast", "critter", "pet"]);

/** Species for characters the premise only calls animals, all of them in the lists above. */
export const speciesForAnimals: readonly string[] = [
  "penguin",
  "tortoise",
  "monkey",
  "crow",
  "otter",
  "llama",
  "frog",
  "goat",
];

export function isUnnamedKind(noun: string): boolean {
  return unnamedKinds.has(noun);
}

export function isCreature(noun: string): boolean {
  return birds.has(noun) || scaled.has(noun) || furred.has(noun) || unnamedKinds.has(noun);
}

const feathers: readonly string[] = [
  "glossy black-and-white feathers",
  "fluffy grey down that never lies flat",
  "speckled brown plumage",
  "feathers ruffled in every direction",
];

const scales: readonly string[] = [
  "mottled green skin",
  "iridescent blue-green scales",
  "a barnacled, sea-worn shell",
  "smooth speckled skin the colour of wet stone",
];

const fur: readonly string[] = [
  "velvety charcoal fur",
  "sandy fur with a white bib",
  "russet fur with a paler belly",
  "speckled grey fur that sticks up at the crown",
  "glossy chocolate-brown fur",
  "patchy ginger-and-white fur",
];

/** The coats a creature of this kind may have. */
export function coatsFor(noun: string): readonly string[] {
  if (birds.has(noun)) {
    return feathers;
  }
  return scaled.has(noun) ? scales : fur;
}
