import { AppError } from "@/server/errors";

/** Deep JSON inputs are refused by size first; this bound keeps the walk itself cheap. */
const MAX_DEPTH = 64;

/**
 * The dotted path of the first string (or key) holding NUL in `value`, `""` for the root, or
 * null when there is none. Postgres text cannot hold NUL, so it must be a 400 here, not a 500 in
 * the database.
 */
export function findNul(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") {
    return value.includes("\0") ? path : null;
  }
  if (typeof value !== "object" || value === null || depth > MAX_DEPTH) {
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes("\0")) {
      return at;
    }
    const found = findNul(item, at, depth + 1);
    if (found !== null) {
      return found;
    }
  }
  return null;
}

export const nulError = (field: string) =>
  new AppError("invalid_input", `${field || "body"}: must not contain a NUL character`, {
    field: field || undefined,
  });
