/**
 * The offline rewrite of a prompt a moderation system blocked: a word list, so the same prompt and
 * level always give the same rewrite. Each level keeps what the one before did and goes further:
 * 1 softens violent and graphic words; 2 also drops named people, weapons and gore; 3 abstracts the
 * scene into mood, shape and colour.
 */
const softer: Record<string, string> = {
  blood: "crimson",
  bloody: "stark",
  bleeding: "wounded",
  kill: "defeat",
  killing: "confrontation",
  killed: "defeated",
  killer: "rival",
  murder: "mystery",
  murdered: "vanished",
  dead: "still",
  death: "loss",
  corpse: "figure",
  violent: "intense",
  violence: "conflict",
  gore: "drama",
  gory: "dramatic",
  brutal: "fierce",
  torture: "ordeal",
  war: "struggle",
  fight: "standoff",
  shooting: "chase",
  explosion: "flash of light",
};

const weaponsAndGore =
  /\b(guns?|pistols?|rifles?|knife|knives|swords?|blades?|weapons?|bombs?|grenades?|crimson|wounded|wounds?|scars?|corpses?)\b/gi;

/** A run of capitalised words after the start of a sentence: most likely a name. */
const namedPeople = /(?<=[a-z,;:]\s)(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)/g;

export function writePromptRewrite(prompt: string, level: 1 | 2 | 3): string {
  const softened = prompt.replace(/\b[A-Za-z]+\b/g, (word) => {
    const replacement = softer[word.toLowerCase()];
    if (!replacement) {
      return word;
    }
    return word[0] === word[0]?.toUpperCase()
      ? replacement[0]?.toUpperCase() + replacement.slice(1)
      : replacement;
  });
  if (level === 1) {
    return `${tidy(softened)} Keep it tasteful, with no graphic detail.`;
  }
  const stripped = tidy(
    softened
      .replace(namedPeople, "a person")
      .replace(weaponsAndGore, "")
      .replace(/\ba a\b/g, "a"),
  );
  if (level === 2) {
    return `${stripped} No real or named people, no weapons, no injuries.`;
  }
  const mood = stripped
    .toLowerCase()
    .match(
      /\b(?:warm|cold|dark|bright|neon|moody|calm|tense|muted|vivid|pastel|noir|golden|soft)\b/g,
    );
  const moodWords = [...new Set(mood ?? [])].slice(0, 4);
  return `An abstract composition of light, shape and colour${
    moodWords.length > 0 ? ` with a ${moodWords.join(", ")} mood` : ""
  }, suggesting the scene without depicting people, action or any harm.`;
}

const tidy = (text: string) =>
  text
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/([,;:])\1+/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
