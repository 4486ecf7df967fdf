/**
 * A line's delivery ("whispering, slowly", "shouting at the sky") as eSpeak can play it: a speed,
 * a pitch shift, a wider or narrower intonation, or a whisper. eSpeak has no emotions; these are
 * the handles it does have, and they are what a listener hears first.
 */
export interface DeliveryNudge {
  /** Multiplies the voice's words per minute. */
  rateFactor: number;
  /** Added to the voice's pitch (eSpeak's 0..99). */
  pitchDelta: number;
  /** eSpeak's intonation range, 0..99: 50 is the voice's own, lower is flatter. */
  range: number;
  whisper: boolean;
}

interface DeliveryRule {
  pattern: RegExp;
  rate?: number;
  pitch?: number;
  range?: number;
  whisper?: boolean;
}

const rules: readonly DeliveryRule[] = [
  {
    pattern:
      /\b(whisper\w*|under (?:his|her|their|my|your) breath|hushed|sotto voce|barely audible)\b/,
    whisper: true,
    rate: 0.9,
  },
  {
    pattern:
      /\b(shout\w*|yell\w*|scream\w*|bellow\w*|roar\w*|furious\w*|angr\w*|enraged|outraged)\b/,
    pitch: 10,
    range: 25,
    rate: 1.08,
  },
  {
    pattern: /\b(slow\w*|drawn out|drawl\w*|measured|deliberate\w*|haltingly|hesitant\w*)\b/,
    rate: 0.8,
  },
  {
    pattern: /\b(quick\w*|fast|rapid\w*|rush\w*|hurried\w*|breathless\w*|blurt\w*|gabbl\w*)\b/,
    rate: 1.2,
  },
  {
    pattern: /\b(soft\w*|gentl\w*|quiet\w*|tender\w*|murmur\w*|coax\w*)\b/,
    pitch: -4,
    range: -10,
    rate: 0.95,
  },
  {
    pattern: /\b(sad\w*|mournful\w*|tearful\w*|grie\w*|sorrow\w*|broken|choked)\b/,
    pitch: -6,
    range: -15,
    rate: 0.88,
  },
  {
    pattern:
      /\b(excit\w*|eager\w*|delight\w*|cheer\w*|bright\w*|giddy|thrilled|gleeful\w*|triumphant\w*)\b/,
    pitch: 6,
    range: 15,
    rate: 1.08,
  },
  {
    pattern: /\b(flat\w*|deadpan|monoton\w*|dry|dryly|wry|wryly|bored|weary|wearily)\b/,
    range: -25,
  },
  {
    pattern: /\b(nervous\w*|anxious\w*|stammer\w*|shak\w*|panick\w*|frantic\w*)\b/,
    rate: 1.1,
    pitch: 4,
  },
  { pattern: /\b(cold\w*|menac\w*|threat\w*|icy|grim\w*|low)\b/, pitch: -8, rate: 0.9, range: -10 },
  { pattern: /\b(question\w*|puzzled|incredulous\w*|disbelie\w*)\b/, range: 15 },
];

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The delivery's words, added up: "slowly, whispering" is slower and whispered. */
export function deliveryNudge(delivery: string): DeliveryNudge {
  const words = ` ${delivery.toLowerCase()} `;
  let rateFactor = 1;
  let pitchDelta = 0;
  let range = 50;
  let whisper = false;
  for (const rule of rules) {
    if (rule.pattern.test(words)) {
      rateFactor *= rule.rate ?? 1;
      pitchDelta += rule.pitch ?? 0;
      range += rule.range ?? 0;
      whisper ||= rule.whisper ?? false;
    }
  }
  return {
    rateFactor: clamp(rateFactor, 0.65, 1.4),
    pitchDelta: clamp(pitchDelta, -20, 20),
    range: clamp(range, 5, 95),
    whisper,
  };
}
