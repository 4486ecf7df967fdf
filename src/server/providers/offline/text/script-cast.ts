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
  /** A short visual detail for their entrance ("a bright red raincoat"), or null. */
  trait: string | null;
}

/** A trait short enough to ride on an entrance: "a bright red raincoat", not a paragraph. */
function shortTrait(trait: string): string | null {
  const text = trait.trim().replace(/[.!]+$/, "");
  const words = text.split(/\s+/);
  return /^(a|an|the|one|two)\s/i.test(text) && words.length <= 9 ? lowerFirst(text) : null;
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

/**
 * Who is in the cold open, most important first: the episode's first-named character (else the
 * show's lead), whoever the outline names next, and sometimes a third who walks in at the turn.
 */
export function castColdOpen(
  cast: readonly ScriptCastMember[],
  episode: EpisodeOutline,
  forKids: boolean,
  random: SeededRandom,
): Player[] {
  if (cast.length === 0) {
    return [];
  }
  const outline = `${episode.logline} ${episode.aPlot}`;
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
  return ranked.slice(0, size).map((member) => ({
    id: member.id,
    first: firstName(member.seed.name),
    full: member.seed.name.trim(),
    voice: voiceOf(member.dossier, spread[cast.indexOf(member) % spread.length]!, forKids),
    trait: shortTrait(member.seed.keyVisualTrait),
  }));
}
