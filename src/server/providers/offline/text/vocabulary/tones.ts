/** The emotional register of a show: what it feels like, not what happens in it. */
export type ToneId =
  | "whimsical"
  | "darkly-comic"
  | "tense"
  | "melancholic"
  | "pulpy"
  | "deadpan"
  | "hopeful"
  | "dreamlike"
  | "brooding"
  | "chaotic";

export interface Tone {
  id: ToneId;
  name: string;
  /** Premise words that ask for this tone. */
  keywords: readonly string[];
  moods: readonly string[];
  /** How the light should feel, added to the medium's own lighting. */
  lightingAccent: string;
  /** Adjectives for characters' vibes in this register. */
  vibeWords: readonly string[];
}

export const tones: readonly Tone[] = [
  {
    id: "whimsical",
    name: "warm and whimsical",
    keywords: [
      "whimsical",
      "cozy",
      "cosy",
      "charming",
      "gentle",
      "heartwarming",
      "sweet",
      "wholesome",
      "sleepy",
    ],
    moods: ["cozy", "storybook", "gently absurd", "handmade", "sunlit"],
    lightingAccent: "warm window light and the honey glow of practical lamps",
    vibeWords: ["sunny", "fussy", "tender-hearted", "curious", "good-natured", "hopelessly polite"],
  },
  {
    id: "darkly-comic",
    name: "darkly comic",
    keywords: [
      "darkly",
      "morbid",
      "twisted",
      "macabre",
      "gallows",
      "black comedy",
      "dark comedy",
      "darkly comic",
    ],
    moods: ["morbid", "wry", "mischievous", "grimly funny", "unhinged"],
    lightingAccent: "flat fluorescent light that makes every bad decision look worse",
    vibeWords: ["sardonic", "unbothered", "petty", "gleefully amoral", "frayed", "bone-dry"],
  },
  {
    id: "tense",
    name: "tense and atmospheric",
    keywords: [
      "tense",
      "suspense",
      "paranoid",
      "paranoia",
      "claustrophobic",
      "survival",
      "killer",
      "hunt",
      "hunting",
      "conspiracy",

      "knocking",

      "demon",
      "danger",
      "deadly",
    ],
    moods: ["claustrophobic", "watchful", "foreboding", "hushed", "taut"],
    lightingAccent: "low-key light with deep, hungry shadows at the edge of frame",
    vibeWords: ["watchful", "guarded", "coiled", "quietly dangerous", "unreadable", "nervy"],
  },
  {
    id: "melancholic",
    name: "melancholic and tender",
    keywords: [
      "grief",
      "grieving",
      "mourning",
      "melancholy",
      "bittersweet",
      "lonely",
      "tender",
      "widow",
      "death",
      "estranged",

      "slow-burn",
      "farewell",
      "dying",
    ],
    moods: ["bittersweet", "wistful", "intimate", "autumnal", "quietly hopeful"],
    lightingAccent: "overcast daylight and long blue dusks",
    vibeWords: ["wistful", "soft-spoken", "bruised", "stubbornly kind", "private", "gentle"],
  },
  {
    id: "pulpy",
    name: "pulpy and propulsive",
    keywords: [
      "pulp",
      "action",
      "explosive",
      "kinetic",
      "over-the-top",
      "chase",
      "chasing",
      "bounty hunter",
      "outlaws",
      "swashbuckling",
      "getaway",
      "pirates",
    ],
    moods: ["kinetic", "lurid", "swaggering", "breathless", "high-octane"],
    lightingAccent: "hard saturated key lights and blown-out neon rims",
    vibeWords: ["swaggering", "reckless", "magnetic", "hot-headed", "fearless", "flashy"],
  },
  {
    id: "deadpan",
    name: "dry and deadpan",
    keywords: [
      "deadpan",
      "dry wit",
      "awkward",
      "mockumentary",
      "bureaucracy",
      "bureaucratic",
      "office",
      "workplace",
      "complaints",

      "parody",
      "spoof",
      "washed-up",
      "council",
    ],
    moods: ["awkward", "understated", "bone-dry", "fluorescent", "observational"],
    lightingAccent: "even, unflattering office light with nowhere to hide",
    vibeWords: ["deadpan", "officious", "oblivious", "painfully sincere", "long-suffering", "prim"],
  },
  {
    id: "hopeful",
    name: "earnest and hopeful",
    keywords: [
      "hope",
      "hopeful",
      "uplifting",
      "inspiring",
      "earnest",
      "underdog",
      "dream big",
      "coming-of-age",
      "prodigy",

      "second chance",
    ],
    moods: ["uplifting", "sunlit", "earnest", "big-hearted", "rousing"],
    lightingAccent: "clean golden-hour light and bright open skies",
    vibeWords: ["earnest", "scrappy", "warm", "determined", "open-hearted", "plucky"],
  },
  {
    id: "dreamlike",
    name: "eerie and dreamlike",
    keywords: [
      "dream",
      "dreams",
      "surreal",
      "eerie",
      "uncanny",
      "liminal",
      "strange",
      "fog",
      "mist",

      "ghosts",

      "tide",
    ],
    moods: ["uncanny", "hypnotic", "liminal", "dreamlike", "hushed"],
    lightingAccent: "diffused, sourceless light and halation around every lamp",
    vibeWords: ["distant", "uncanny", "serene", "dreamy", "haunted", "otherworldly"],
  },
  {
    id: "brooding",
    name: "brooding and fatalistic",
    keywords: [
      "brooding",
      "bleak",
      "grim",
      "revenge",
      "vengeance",
      "gritty",
      "corrupt",
      "doomed",
      "rain-soaked",
      "disgraced",
      "exiled",
      "warring",

      "widowed",
    ],
    moods: ["fatalistic", "smoky", "heavy-hearted", "brooding", "world-weary"],
    lightingAccent: "slatted hard light through blinds and wet reflections",
    vibeWords: ["world-weary", "brooding", "cold-eyed", "tired", "ruthless", "haunted"],
  },
  {
    id: "chaotic",
    name: "gleefully chaotic",
    keywords: [
      "chaos",
      "chaotic",
      "wacky",
      "zany",
      "madcap",
      "absurd",
      "ridiculous",
      "slapstick",
      "heist",
      "gang",
      "accidentally",
    ],
    moods: ["madcap", "loud", "elastic", "absurd", "sugar-rushed"],
    lightingAccent: "bright, punchy light with candy-coloured bounce",
    vibeWords: ["manic", "excitable", "scheming", "loud", "lovably useless", "unstoppable"],
  },
];
