import type { Pronouns } from "../pronouns";
import { principalRoles } from "./roles-principal";
import { supportingRoles } from "./roles-supporting";

export type RoleId =
  | "lead"
  | "deuteragonist"
  | "antagonist"
  | "mentor"
  | "love-interest"
  | "comic-relief"
  | "wildcard"
  | "rival"
  | "confidant"
  | "newcomer"
  | "sidekick";

/** Everything a character line may mention; every value is already a finished phrase. */
export interface CharacterSlots {
  first: string;
  pronouns: Pronouns;
  /** The character's pronoun with an agreeing verb: "she has", "they have". */
  they: (singular: string, plural: string) => string;
  /** What they are: "a retired lighthouse keeper", "the harbourmaster". */
  job: string;
  /** The lead's first name. */
  lead: string;
  /** "on the island", "in Chicago". */
  at: string;
  place: string;
  community: string;
  hook: string;
  hookPlural: boolean;
}

export type CharacterLine = (c: CharacterSlots) => string;

export interface Role {
  id: RoleId;
  label: string;
  summaries: readonly CharacterLine[];
  traits: readonly string[];
  motivations: readonly CharacterLine[];
  /** Years added to a lead's age: mentors are older, newcomers younger. */
  ageOffset: readonly [number, number];
}

/** Cast order: a cast of three is lead, deuteragonist and antagonist. */
export const roles: readonly Role[] = [...principalRoles, ...supportingRoles];

const grownUpOrder: readonly RoleId[] = [
  "lead",
  "deuteragonist",
  "antagonist",
  "mentor",
  "love-interest",
  "comic-relief",
  "wildcard",
  "rival",
  "confidant",
  "newcomer",
];

const kidsOrder: readonly RoleId[] = [
  "lead",
  "deuteragonist",
  "antagonist",
  "mentor",
  "sidekick",
  "comic-relief",
  "confidant",
  "wildcard",
  "rival",
  "newcomer",
];

/** The first `count` roles; children's shows swap the love interest for a sidekick. */
export function castRoles(count: number, forKids: boolean): Role[] {
  const order = forKids ? kidsOrder : grownUpOrder;
  return order.slice(0, count).map((id) => roles.find((role) => role.id === id)!);
}

/** The role a label names, e.g. a cast written by another provider ("Comic relief"). */
export function roleByLabel(label: string): Role | null {
  const lower = label.toLowerCase();
  return roles.find((role) => lower.includes(role.label) || lower.includes(role.id)) ?? null;
}
