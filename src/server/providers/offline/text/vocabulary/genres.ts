import type { MediumId } from "./media";
import type { PaletteTag } from "./palettes";
import type { ToneId } from "./tones";

export type GenreId =
  | "comedy"
  | "horror"
  | "science-fiction"
  | "mystery"
  | "fantasy"
  | "noir"
  | "drama"
  | "romance"
  | "adventure"
  | "family";

export interface Genre {
  id: GenreId;
  /** Names the blueprint may carry; one is chosen per show. */
  labels: readonly string[];
  /** Premise words that point to this genre. */
  keywords: readonly string[];
  moods: readonly string[];
  themes: readonly string[];
  tones: readonly ToneId[];
  media: readonly MediumId[];
  paletteTags: readonly PaletteTag[];
  /** The hero when the premise names nobody. */
  fallbackHero: string;
  /** The place when the premise names none. */
  fallbackPlace: string;
  /** Ages of the grown-up cast; family shows star children. */
  leadAge: readonly [number, number];
  season: { runtimeMinutes: number; structure: string };
}

export const genres: readonly Genre[] = [
  {
    id: "comedy",
    labels: ["Comedy", "Ensemble comedy", "Workplace comedy", "Single-camera comedy"],
    keywords: ["comedy", "comedic", "sitcom", "funny", "hilarious", "farce", "satire", "parody", "roommate", "coworker", "accountant", "intern"],
    moods: ["wry", "warm", "awkward", "brisk", "sunny", "absurd"],
    themes: ["found family", "ambition versus contentment", "the dignity of small jobs", "friendship under pressure", "pretending to have it together", "belonging"],
    tones: ["deadpan", "chaotic", "darkly-comic", "whimsical"],
    media: ["live-action", "mockumentary", "feature-3d", "claymation"],
    paletteTags: ["bright", "warm", "pastel"],
    fallbackHero: "a hopelessly overqualified manager",
    fallbackPlace: "a struggling family business on the wrong side of town",
    leadAge: [26, 44],
    season: { runtimeMinutes: 22, structure: "cold open + three acts + tag" },
  },
  {
    id: "horror",
    labels: ["Horror", "Folk horror", "Supernatural horror", "Slow-burn horror"],
    keywords: ["horror", "haunted", "haunting", "ghost", "demon", "possessed", "zombie", "vampire", "werewolf", "cursed", "curse", "monster", "creepy", "occult", "slasher", "alive"],
    moods: ["dread-soaked", "uncanny", "claustrophobic", "hushed", "feverish", "cold"],
    themes: ["grief that will not stay buried", "what communities sacrifice to survive", "inheritance and guilt", "the cost of looking away", "faith and doubt", "isolation"],
    tones: ["tense", "dreamlike", "darkly-comic", "brooding"],
    media: ["live-action", "sixteen-mm", "claymation", "graphic-novel"],
    paletteTags: ["dark", "cool", "muted"],
    fallbackHero: "a newcomer who notices too much",
    fallbackPlace: "a village that does not appear on the new maps",
    leadAge: [24, 52],
    season: { runtimeMinutes: 45, structure: "teaser + four acts" },
  },
  {
    id: "science-fiction",
    labels: ["Science fiction", "Space opera", "Near-future sci-fi", "Sci-fi adventure"],
    keywords: ["space", "spaceship", "starship", "alien", "robot", "android", "mars", "planet", "galaxy", "future", "cyberpunk", "time travel", "clone", "colony", "asteroid", "sci-fi", "orbit", "moon"],
    moods: ["vast", "sleek", "lonely", "electric", "awe-struck", "humming"],
    themes: ["what makes a person a person", "the frontier and who pays for it", "memory and identity", "trust between strangers", "progress versus home", "survival as a community"],
    tones: ["tense", "hopeful", "pulpy", "deadpan"],
    media: ["live-action", "anime", "feature-3d", "pixel-art"],
    paletteTags: ["cool", "neon", "dark"],
    fallbackHero: "a junior systems engineer on the night shift",
    fallbackPlace: "a mining station at the edge of charted space",
    leadAge: [25, 48],
    season: { runtimeMinutes: 50, structure: "teaser + four acts" },
  },
  {
    id: "mystery",
    labels: ["Mystery", "Detective mystery", "Cosy mystery", "Procedural mystery"],
    keywords: ["detective", "mystery", "murder", "whodunit", "sleuth", "investigate", "investigation", "investigator", "clue", "missing", "disappearance", "vanished", "inspector", "case", "sherlock", "holmes", "poirot"],
    moods: ["curious", "secretive", "crisp", "watchful", "wry", "rain-flecked"],
    themes: ["the truth and who it serves", "small towns and long memories", "justice versus mercy", "obsession", "the stories we tell about the dead", "trust"],
    tones: ["tense", "whimsical", "deadpan", "brooding"],
    media: ["live-action", "sixteen-mm", "graphic-novel", "watercolor"],
    paletteTags: ["muted", "cool", "vintage"],
    fallbackHero: "an amateur sleuth with an inconvenient memory",
    fallbackPlace: "a genteel seaside town with too many locked rooms",
    leadAge: [30, 62],
    season: { runtimeMinutes: 48, structure: "cold open + four acts" },
  },
  {
    id: "fantasy",
    labels: ["Fantasy", "Fairy-tale fantasy", "Epic fantasy", "Folk fantasy"],
    keywords: ["magic", "magical", "wizard", "witch", "dragon", "kingdom", "fairy", "spell", "enchanted", "elf", "elves", "sorcerer", "sorceress", "prophecy", "myth", "mythical", "troll", "goblin", "spirit"],
    moods: ["enchanted", "mythic", "lantern-lit", "wondrous", "ancient", "wild"],
    themes: ["power and its price", "belonging between worlds", "old promises", "nature versus empire", "chosen versus self-made destiny", "the stories that outlive us"],
    tones: ["whimsical", "dreamlike", "hopeful", "brooding"],
    media: ["watercolor", "anime", "claymation", "feature-3d", "live-action"],
    paletteTags: ["earthy", "warm", "pastel"],
    fallbackHero: "an apprentice who broke the one rule",
    fallbackPlace: "a valley kingdom under a sleeping mountain",
    leadAge: [17, 40],
    season: { runtimeMinutes: 50, structure: "cold open + four acts" },
  },
  {
    id: "noir",
    labels: ["Neo-noir", "Crime noir", "Crime drama", "Neo-noir thriller"],
    keywords: ["noir", "hitman", "gangster", "mobster", "mafia", "heist", "con artist", "crime", "criminal", "smuggler", "cartel", "corrupt", "femme fatale", "assassin", "bootlegger"],
    moods: ["smoky", "rain-soaked", "cynical", "sultry", "nocturnal", "fatalistic"],
    themes: ["loyalty and betrayal", "the price of getting out", "corruption as weather", "identity as a con", "debts that come due", "love as a liability"],
    tones: ["brooding", "pulpy", "tense", "darkly-comic"],
    media: ["graphic-novel", "live-action", "sixteen-mm"],
    paletteTags: ["dark", "neon", "monochrome"],
    fallbackHero: "a hard-luck fixer with one job left",
    fallbackPlace: "a city that never stops raining",
    leadAge: [30, 55],
    season: { runtimeMinutes: 52, structure: "cold open + four acts" },
  },
  {
    id: "drama",
    labels: ["Drama", "Family drama", "Character drama", "Dramedy"],
    keywords: ["drama", "estranged", "inherit", "inherits", "grief", "divorce", "hospital", "reunion", "small town", "widow", "widower", "sisters", "brothers", "siblings"],
    moods: ["intimate", "weathered", "bittersweet", "quiet", "sunlit", "honest"],
    themes: ["what we owe our families", "second chances", "home and leaving it", "grief and repair", "pride versus need", "the past as inheritance"],
    tones: ["melancholic", "hopeful", "darkly-comic", "dreamlike"],
    media: ["live-action", "sixteen-mm", "watercolor"],
    paletteTags: ["muted", "earthy", "warm"],
    fallbackHero: "a prodigal daughter home for one last summer",
    fallbackPlace: "a fading river town",
    leadAge: [28, 66],
    season: { runtimeMinutes: 50, structure: "cold open + four acts" },
  },
  {
    id: "romance",
    labels: ["Romance", "Romantic comedy", "Romantic drama"],
    keywords: ["romance", "romantic", "love", "falls for", "wedding", "dating", "crush", "matchmaker", "fiance", "fiancee", "soulmate"],
    moods: ["swoony", "sparkling", "warm", "yearning", "golden", "playful"],
    themes: ["timing versus fate", "vulnerability as courage", "the lives we almost lived", "love and ambition", "letting people see you", "home as a person"],
    tones: ["hopeful", "whimsical", "melancholic", "deadpan"],
    media: ["live-action", "watercolor", "anime", "sixteen-mm"],
    paletteTags: ["warm", "pastel", "bright"],
    fallbackHero: "a wedding planner who has sworn off weddings",
    fallbackPlace: "a seaside town in its busiest summer",
    leadAge: [25, 42],
    season: { runtimeMinutes: 30, structure: "cold open + three acts" },
  },
  {
    id: "adventure",
    labels: ["Adventure", "Action adventure", "Swashbuckling adventure"],
    keywords: ["expedition", "treasure", "pirate", "explorer", "journey", "voyage", "jungle", "quest", "sail", "sailing", "archaeologist", "race"],
    moods: ["sweeping", "sun-bleached", "daring", "salt-sprayed", "rollicking", "wild"],
    themes: ["greed versus wonder", "the crew as family", "maps and the people left off them", "courage and recklessness", "promises to the dead", "finding home by leaving it"],
    tones: ["pulpy", "hopeful", "chaotic", "tense"],
    media: ["live-action", "feature-3d", "anime", "paper-cutout"],
    paletteTags: ["warm", "bright", "vintage"],
    fallbackHero: "a disgraced cartographer with a stolen map",
    fallbackPlace: "an archipelago that moves with the tides",
    leadAge: [22, 46],
    season: { runtimeMinutes: 45, structure: "teaser + four acts" },
  },
  {
    id: "family",
    labels: ["Family animation", "Kids' comedy", "Preschool adventure", "All-ages adventure"],
    keywords: ["kids", "children", "child", "preschool", "family-friendly", "all-ages", "puppy", "talking animal", "bedtime", "playground", "toy", "toys", "young viewers"],
    moods: ["bouncy", "bright", "cosy", "silly", "curious", "heartfelt"],
    themes: ["friendship", "being brave when you are small", "sharing and fairness", "making mistakes and fixing them", "curiosity", "everyone belongs"],
    tones: ["whimsical", "chaotic", "hopeful"],
    media: ["feature-3d", "claymation", "watercolor", "paper-cutout", "pixel-art"],
    paletteTags: ["bright", "pastel", "warm"],
    fallbackHero: "a small hero with a very big idea",
    fallbackPlace: "a treehouse neighbourhood where every door is a different colour",
    leadAge: [8, 12],
    season: { runtimeMinutes: 11, structure: "cold open + two acts + button" },
  },
];
