import type { CharacterSeed, Dossier } from "../../../shows/documents";
import { createSeededRandom } from "./seeded-random";
import { relationsByRole, relationsForAnyone } from "./vocabulary/relations";
import { roleByLabel } from "./vocabulary/roles";
import { firstName } from "./write-cast";

const maxRelationships = 6;

/**
 * How one character sees the others, naming only people in the cast. The lead comes first,
 * then the rest in cast order, because those are the bonds a season is built on.
 */
export function writeRelationships(
  premise: string,
  self: CharacterSeed,
  cast: readonly CharacterSeed[],
): Dossier["relationships"] {
  const others = cast.filter((member) => member.name !== self.name);
  return others.slice(0, maxRelationships).map((other) => {
    const random = createSeededRandom(premise, "relationship", self.name, other.name);
    const role = roleByLabel(other.role);
    const lines = role ? relationsByRole[role.id] : relationsForAnyone;
    return { name: other.name, relation: random.pick(lines)(firstName(other.name)) };
  });
}
