/**
 * How a character talks in a cold open: one register per character, read from the dossier's
 * `voice` sentence ("Quick, clipped and precise; …"), so a line sounds like the person whose
 * dossier the user read. Each register has its own way of saying every beat (script-lines-*.ts).
 */
export const registers = [
  "terse",
  "formal",
  "slangy",
  "nervous",
  "warm",
  "loud",
  "dry",
  "menacing",
  "gentle",
  "playful",
  "slow",
] as const;
export type Register = (typeof registers)[number];

/**
 * Words that give a register away, for voices written by the offline writer and by language
 * models alike. The earliest hit in the voice sentence wins: "Quick, clipped and precise" is
 * terse before it is formal.
 */
export const registerKeywords: Record<Register, readonly string[]> = {
  terse: ["clipped", "terse", "curt", "blunt", "brusque", "laconic", "quick", "few words", "short"],
  formal: ["formal", "careful", "measured", "proper", "polite", "precise", "eloquent", "posh"],
  slangy: ["slang", "street", "hoarse", "gruff", "brash", "cocky", "drawl", "rough", "swagger"],
  nervous: ["breathless", "nervous", "stammer", "stutter", "anxious", "jittery", "ramble", "fast"],
  warm: ["warm", "musical", "humming", "kind", "motherly", "fatherly", "honeyed", "lilting"],
  loud: ["loud", "bright", "exclamation", "booming", "bubbly", "enthusiastic", "shout"],
  dry: ["dry", "deadpan", "sardonic", "wry", "sarcastic", "droll", "ironic"],
  menacing: ["gravelly", "menacing", "cold", "silky", "icy", "threat", "pauses", "whispery"],
  gentle: ["soft", "gentle", "quiet", "whisper", "shy", "lean in", "timid"],
  playful: ["sing-song", "teasing", "playful", "mischievous", "giggl", "cheeky", "impish"],
  slow: ["unhurried", "slow", "flat", "tired", "weary", "monotone", "burr", "low"],
};

/** The same words in the personality list, for a voice sentence that names none of them. */
export const traitRegisters: Record<string, Register> = {
  observant: "terse",
  ruthless: "menacing",
  cynical: "dry",
  wry: "dry",
  anxious: "nervous",
  chatty: "nervous",
  funny: "playful",
  curious: "loud",
  generous: "warm",
  kind: "warm",
  proud: "formal",
  meticulous: "formal",
  secretive: "gentle",
  restless: "slangy",
  impulsive: "loud",
  romantic: "gentle",
};

/** One word for how a register sounds, the first half of every line's delivery note. */
export const registerManner: Record<Register, readonly string[]> = {
  terse: ["clipped", "flat and quick", "curt"],
  formal: ["measured", "precise", "politely"],
  slangy: ["rough", "cocky", "half a grin"],
  nervous: ["too fast", "breathless", "tumbling"],
  warm: ["warm", "fond", "gently amused"],
  loud: ["loud", "bright", "at full volume"],
  dry: ["deadpan", "bone dry", "unimpressed"],
  menacing: ["low", "cold", "slow and heavy"],
  gentle: ["soft", "hushed", "barely audible"],
  playful: ["teasing", "sing-song", "mischievous"],
  slow: ["unhurried", "tired", "flat"],
};

/** What a register becomes in a children's show, where nobody threatens anybody. */
export const kidsRegister: Partial<Record<Register, Register>> = { menacing: "slow" };
