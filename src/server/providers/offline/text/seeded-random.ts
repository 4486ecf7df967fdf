import { base, en, Faker } from "@faker-js/faker";

/**
 * A deterministic random source for the offline writer: the same seed parts give the same
 * sequence on every machine. Each call builds its own Faker, because the global instance is
 * shared module state and one `seed()` would reshuffle every other writer's choices.
 */
export interface SeededRandom {
  readonly faker: Faker;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order (fewer when the list is shorter). */
  pickMany<T>(items: readonly T[], count: number): T[];
  shuffle<T>(items: readonly T[]): T[];
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
}

/** Hashes text into a 32-bit seed (cyrb53, folded), stable across platforms and runs. */
function hashSeed(...parts: string[]): number {
  const text = parts.map(normalize).join("\u0000");
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** Whitespace differences ("premise\n" vs "premise") should not change the show. */
function normalize(part: string): string {
  return part.trim().replace(/\s+/g, " ");
}

export function createSeededRandom(...seedParts: string[]): SeededRandom {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(hashSeed(...seedParts));
  return {
    faker,
    pick: (items) => {
      if (items.length === 0) {
        throw new RangeError("pick from an empty list");
      }
      return faker.helpers.arrayElement(items);
    },
    pickMany: (items, count) => faker.helpers.arrayElements(items, Math.min(count, items.length)),
    shuffle: (items) => faker.helpers.shuffle([...items]),
    int: (min, max) => faker.number.int({ min, max }),
    chance: (probability) => faker.datatype.boolean({ probability }),
  };
}

/**
 * Picks for per-character documents that must differ between characters even though each
 * character is written separately: one premise-seeded shuffle per field, indexed by the
 * character's place in the cast, never repeats until the list runs out.
 */
export type DistinctPicker = <T>(field: string, items: readonly T[]) => T;

export function distinctPicker(premise: string, castIndex: number): DistinctPicker {
  return (field, items) => {
    if (items.length === 0) {
      throw new RangeError(`no ${field} to pick from`);
    }
    const order = createSeededRandom(premise, "distinct", field).shuffle(items);
    return order[castIndex % order.length]!;
  };
}
