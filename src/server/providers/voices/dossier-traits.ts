import type { Dossier } from "../../shows/documents";
import type { AccentId, AgeBand, Presentation, Timbre } from "./voice-traits";

/** What casting hears in a dossier: who the character sounds like, before any voice is picked. */
export interface VoiceTraits {
  presentation: Presentation;
  age: AgeBand;
  /** An age in years when the dossier gives one ("34", "in her 60s"). */
  years: number | undefined;
  accent: AccentId;
  timbre: Timbre[];
  /** Pitch steps (eSpeak's 0..99 scale) from temperament: a gravelly voice is lower. Age apart. */
  pitchDelta: number;
  /** Speed factor from temperament: breathless is faster, unhurried slower. */
  rateFactor: number;
}

const wordsOf = (...parts: string[]) => ` ${parts.join(" ").toLowerCase()} `;

function presentationOf(dossier: Dossier): Presentation {
  const pronouns = dossier.pronouns.toLowerCase();
  if (/\bshe\b|\bher\b/.test(pronouns)) {
    return "feminine";
  }
  if (/\bhe\b|\bhim\b/.test(pronouns)) {
    return "masculine";
  }
  if (/\bthey\b|\bthem\b|\bxe\b|\bze\b/.test(pronouns)) {
    return "neutral";
  }
  // Pronouns the schema allows but we cannot read: the appearance may say.
  const text = wordsOf(dossier.appearance, dossier.role);
  if (/\b(woman|girl|lady|mother|queen|grandmother|sister|wife|daughter)\b/.test(text)) {
    return "feminine";
  }
  if (/\b(man|boy|gentleman|father|king|grandfather|brother|husband|son)\b/.test(text)) {
    return "masculine";
  }
  return "neutral";
}

const numberWords: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** "34", "mid-40s", "in her seventies", "sixteen" → years; undefined when it says none. */
function yearsOf(age: string): number | undefined {
  const text = age.toLowerCase();
  const digits = /(\d{1,3})/.exec(text);
  if (digits) {
    return Number(digits[1]);
  }
  const decade = /\b(twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies\b/.exec(text);
  if (decade) {
    // "forties" → "forty" + 5: the middle of the decade.
    return (numberWords[`${decade[1]}y`] ?? 40) + 5;
  }
  const word = Object.keys(numberWords).find((name) => new RegExp(`\\b${name}\\b`).test(text));
  return word ? numberWords[word] : undefined;
}

function ageBandOf(age: string, years: number | undefined): AgeBand {
  if (years !== undefined && years > 0 && years < 130) {
    return years < 13 ? "child" : years < 20 ? "teen" : years < 60 ? "adult" : "elder";
  }
  const text = age.toLowerCase();
  if (/\b(child|kid|toddler|little|young child|grade.?school|schoolchild)\b/.test(text)) {
    return "child";
  }
  if (/\b(teen\w*|adolescent|youth|young)\b/.test(text)) {
    return "teen";
  }
  if (/\b(elder\w*|old|ancient|aged|retired|senior|venerable|centuries)\b/.test(text)) {
    return "elder";
  }
  return "adult";
}

/** Accent words, most specific first: "southern english" is British, not the American South. */
const accentWords: readonly [AccentId, RegExp][] = [
  [
    "received",
    /\b(received pronunciation|rp|posh|plummy|cut-glass|aristocratic|upper-class|queen's english|king's english|bbc english|oxbridge)\b/,
  ],
  [
    "scottish",
    /\b(scot|scots|scottish|scotland|glaswegian|glasgow|edinburgh|highland\w*|aberdonian)\b/,
  ],
  [
    "northern-english",
    /\b(northern english|lancashire|lancastrian|yorkshire|mancunian|manchester|liverpool|scouse|geordie|northern accent)\b/,
  ],
  ["midlands", /\b(midlands|brummie|birmingham|black country)\b/],
  [
    "caribbean",
    /\b(caribbean|jamaican|jamaica|trinidadian|trinidad|barbadian|bajan|bahamian|west indian)\b/,
  ],
  ["new-york", /\b(new york\w*|brooklyn|bronx|noo yawk)\b/],
  [
    "southern-us",
    /\b(southern drawl|drawl\w*|texan|texas|georgian drawl|alabama|appalachian|southern accent|deep south)\b/,
  ],
  ["irish", /\b(irish|ireland|dublin\w*|brogue)\b/],
  [
    "british",
    /\b(british|english accent|london\w*|cockney|estuary|southern english|home counties|welsh|wales)\b/,
  ],
  ["australian", /\b(australian|aussie|strine|new zealand|kiwi)\b/],
  ["french", /\b(french|parisian|québécois|quebecois)\b/],
  ["german", /\b(german|austrian|bavarian|swiss)\b/],
  ["italian", /\b(italian|sicilian|neapolitan)\b/],
  ["spanish", /\b(spanish|castilian|mexican|argentin\w*|latin american)\b/],
  ["russian", /\b(russian|ukrainian|slavic|eastern european)\b/],
  ["indian", /\b(indian|mumbai|delhi|bengali|punjabi)\b/],
  ["american", /\b(american|midwestern|californian|yankee)\b/],
];

/** The first accent a text names ("a soft Glaswegian burr" → scottish), else "neutral". */
export function accentIn(text: string): AccentId {
  const words = wordsOf(text);
  return accentWords.find(([, pattern]) => pattern.test(words))?.[0] ?? "neutral";
}

/**
 * The voice sentence and the personality describe how they speak; the backstory's places would
 * cast a Glasgow-born Londoner as Scottish, so it is not read.
 */
const accentOf = (dossier: Dossier): AccentId =>
  accentIn([dossier.voice, ...dossier.personality].join(" "));

interface TemperamentRule {
  pattern: RegExp;
  pitch?: number;
  rate?: number;
  timbre?: Timbre;
}

/** How the voice sentence and personality colour a voice. Effects add up, then get clamped. */
const temperamentRules: readonly TemperamentRule[] = [
  { pattern: /\b(deep|low|baritone|bass|rumbl\w*|booming|sonorous)\b/, pitch: -10, timbre: "deep" },
  {
    pattern: /\b(gravel\w*|hoarse|rasp\w*|gruff|croak\w*|husky|burr|smoker's)\b/,
    pitch: -5,
    timbre: "rough",
  },
  {
    pattern: /\b(high|squeak\w*|shrill|piping|sing-song|chirp\w*|lilting|bright|reedy)\b/,
    pitch: 10,
    timbre: "bright",
  },
  {
    pattern: /\b(soft|soft-spoken|quiet|gentle|breathy|hushed|murmur\w*|whisper\w*)\b/,
    pitch: -2,
    rate: 0.95,
    timbre: "airy",
  },
  { pattern: /\b(warm|musical|honeyed|rich|velvet\w*|mellow|hum\w*)\b/, timbre: "warm" },
  { pattern: /\b(precise|crisp|clipped|formal|careful|polished|smooth)\b/, timbre: "smooth" },
  {
    pattern: /\b(fast|quick|rapid|breathless|staccato|rushed|tripping|motor-mouth\w*|torrent)\b/,
    rate: 1.15,
  },
  {
    pattern: /\b(slow|unhurried|languid|drawl\w*|measured|deliberate|long pauses|lazy|ponderous)\b/,
    rate: 0.85,
  },
  { pattern: /\b(loud|exclamation|brash|boisterous)\b/, pitch: 3, rate: 1.05 },
  {
    pattern: /\b(anxious|nervous|restless|impulsive|excitable|energetic|jittery|manic)\b/,
    rate: 1.08,
  },
  {
    pattern: /\b(calm|stoic|meticulous|patient|weary|melancholy|tired|serene|brooding)\b/,
    rate: 0.93,
  },
  { pattern: /\b(cheerful|bubbly|playful|funny|sunny|optimistic|giddy)\b/, pitch: 4 },
  { pattern: /\b(menacing|cold|severe|stern|grim|sinister)\b/, pitch: -4, rate: 0.95 },
];

/** Reads the dossier's age, pronouns, accent and temperament; null (no dossier yet) is neutral. */
export function readVoiceTraits(dossier: Dossier | null): VoiceTraits {
  if (!dossier) {
    return {
      presentation: "neutral",
      age: "adult",
      years: undefined,
      accent: "neutral",
      timbre: [],
      pitchDelta: 0,
      rateFactor: 1,
    };
  }
  const years = yearsOf(dossier.age);
  const age = ageBandOf(dossier.age, years);
  const text = wordsOf(dossier.voice, ...dossier.personality);
  let pitchDelta = 0;
  let rateFactor = 1;
  const timbre = new Set<Timbre>();
  for (const rule of temperamentRules) {
    if (rule.pattern.test(text)) {
      pitchDelta += rule.pitch ?? 0;
      rateFactor *= rule.rate ?? 1;
      if (rule.timbre) {
        timbre.add(rule.timbre);
      }
    }
  }
  return {
    presentation: presentationOf(dossier),
    age,
    years,
    accent: accentOf(dossier),
    timbre: [...timbre],
    pitchDelta: Math.max(-25, Math.min(30, pitchDelta)),
    rateFactor: Math.max(0.75, Math.min(1.3, rateFactor)),
  };
}
