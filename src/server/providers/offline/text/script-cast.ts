import type { EpisodeOutline } from "../../../shows/documents";
import type { ScriptCastMember } from "../../types";
import { type Voice, voiceOf } from "./script-voices";
import type { SeededRandom } from "./seeded-random";
import { roleByLabel } from "./vocabulary/roles";
import { registers } from "./vocabulary/script-registers";
import { firstName } from "./write-cast";

/** A character as the cold open plays them. */
export interface Player {
  id: string;
  first: string;
  full: string;
  voice: Voice;
  /** A short visual detail for their entrance ("in a bright red raincoat", "with a cane"), or null. */
  trait: string | null;
}

/** Things a character is dressed in rather than carrying: "in a raincoat", "with a cane". */
const clothes =
  /\b(cardigan|coat|raincoat|scarf|hat|boots|suit|jacket|cape|dress|jumper|sweater|overalls|apron|uniform|gloves|shirt|waistcoat|cloak|robe|hoodie|tie)\b/i;

/** A trait short enough to ride on an entrance: "in a bright red raincoat", not a paragraph. */
function shortTrait(trait: string): string | null {
  const text = trait.trim().replace(/[.!]+$/, "");
  const words = text.split(/\s+/);
  if (!/^(a|an|the|one|two)\s/i.test(text) || words.length > 9) {
    return null;
  }
  return `${clothes.test(text) ? "in" : "with"} ${lowerFirst(text)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Where a first name first appears in the episode's outline; Infinity when it does not. */
function mentionAt(text: string, first: string): number {
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const at = text.search(new RegExp(`(^|[^\\p{L}])${escaped}(?![\\p{L}])`, "u"));
  return at < 0 ? Number.POSITIVE_INFINITY : at;
}

/** The cold open's characters, and the one the episode has lost ("Rosa goes missing"). */
export interface ColdOpenCast {
  players: Player[];
  /** First name of a character the outline says is missing: called for, never seen. */
  absent: string | null;
}

const missingPatterns = [
  /(\p{Lu}\p{L}+) (?:goes|has gone|went|is) missing/u,
  /(\p{Lu}\p{L}+) (?:vanishes|disappears|has vanished|has disappeared)/u,
  /search(?:es|ing)? [^.;]*?\bfor (\p{Lu}\p{L}+)/u,
];

/** The cast member the outline has go missing, if any. */
function missingMember(cast: readonly ScriptCastMember[], outline: string) {
  const names = missingPatterns.map((pattern) => pattern.exec(outline)?.[1]);
  return cast.find((member) => names.includes(firstName(member.seed.name))) ?? null;
}

/**
 * Who is in the cold open, most important first: the episode's first-named character (else the
 * show's lead), whoever the outline names next, and sometimes a third who walks in at the turn.
 * A character the episode loses stays out of frame; the others call for them.
 */
export function castColdOpen(
  fullCast: readonly ScriptCastMember[],
  episode: EpisodeOutline,
  forKids: boolean,
  random: SeededRandom,
): ColdOpenCast {
  const outline = `${episode.logline} ${episode.aPlot}`;
  const missing = fullCast.length > 1 ? missingMember(fullCast, outline) : null;
  const cast = fullCast.filter((member) => member !== missing);
  if (cast.length === 0) {
    return { players: [], absent: null };
  }
  const roleOf = (member: ScriptCastMember) => roleByLabel(member.seed.role)?.id;
  const mentioned = cast
    .map((member) => ({ member, at: mentionAt(outline, firstName(member.seed.name)) }))
    .filter((entry) => Number.isFinite(entry.at))
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.member);
  const lead = cast.find((member) => roleOf(member) === "lead") ?? cast[0]!;
  const ranked = [
    ...new Set([
      ...mentioned,
      lead,
      ...cast.filter((member) => roleOf(member) === "deuteragonist"),
      ...cast.filter((member) => roleOf(member) === "antagonist"),
      ...cast,
    ]),
  ];
  const size = Math.min(ranked.length, mentioned.length >= 3 || random.chance(0.5) ? 3 : 2);
  // Fallback registers are spread over the cast so two undescribed voices still differ.
  const spread = random.shuffle(registers);
  const players = ranked.slice(0, size).map((member) => ({
    id: member.id,
    first: firstName(member.seed.name),
    full: member.seed.name.trim(),
    voice: voiceOf(member.dossier, spread[fullCast.indexOf(member) % spread.length]!, forKids),
    trait: shortTrait(member.seed.keyVisualTrait),
  }));
  return { players, absent: missing ? firstName(missing.seed.name) : null };
}
