import type { z } from "zod";
import { stripUnsafeCharacters } from "./safe-text";
import { truncateAtWord } from "./truncate-text";

type Container = Record<string | number, unknown>;

const MAX_PASSES = 4;

/**
 * A generated document made to fit its schema's limits: strings over their maximum are cut at a
 * word boundary, lists over theirs lose their tail, and NUL or bidi-override characters are
 * dropped. A model that writes a 900-character logline has still written a usable show, and
 * failing the task would bill the user again for the same answer. Anything else wrong (a missing
 * field, a bad colour) is left for the schema to reject. Returns a new value; `value` is untouched.
 */
export function fitDocument(schema: z.ZodType, value: unknown): unknown {
  if (schema.safeParse(value).success) {
    return value;
  }
  let current: unknown = structuredClone(value);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = schema.safeParse(current);
    if (result.success) {
      return current;
    }
    let changed = false;
    for (const issue of result.error.issues) {
      const parentPath = issue.path.slice(0, -1);
      const key = issue.path.at(-1);
      const parent = at(current, parentPath);
      const target = at(current, issue.path);
      let fitted: unknown = target;
      if (issue.code === "too_big" && typeof target === "string") {
        fitted = truncateAtWord(target, Number(issue.maximum));
      } else if (issue.code === "too_big" && Array.isArray(target)) {
        fitted = target.slice(0, Number(issue.maximum));
      } else if (issue.code === "custom" && typeof target === "string") {
        fitted = stripUnsafeCharacters(target);
      }
      if (fitted === target) {
        continue;
      }
      changed = true;
      if (issue.path.length === 0) {
        current = fitted;
      } else if (parent && typeof parent === "object" && key !== undefined) {
        (parent as Container)[key as string | number] = fitted;
      }
    }
    if (!changed) {
      return current;
    }
  }
  return current;
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") {
      return undefined;
    }
    current = (current as Container)[key as string | number];
  }
  return current;
}
