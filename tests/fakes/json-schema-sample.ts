type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
};

const words = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

/**
 * A string for a `pattern`: the first of a few plain candidates the pattern accepts (a hex colour,
 * a slug of the field's name, a short id), so a sample passes the same regex zod checks after.
 */
function stringFor(pattern: string | undefined, name: string): string {
  const text = `Sample ${words(name)} text`;
  if (!pattern) {
    return text;
  }
  const slug = words(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const candidates = ["#3a6ea5", text, slug, slug.slice(0, 24), "sample", "a1", "1", "a"];
  const regex = new RegExp(pattern);
  return candidates.find((candidate) => candidate && regex.test(candidate)) ?? text;
}

/**
 * A value that satisfies a strict structured-output schema, so the OpenAI fake can answer any
 * document request without a script: strings long enough for the usual minimums, arrays at their
 * minimum size (at least one), numbers at their minimum, strings a simple `pattern` accepts.
 */
export function sampleFromJsonSchema(schema: Schema, name = "value"): unknown {
  if (schema.enum) {
    return schema.enum[0];
  }
  if (schema.anyOf?.[0]) {
    return sampleFromJsonSchema(schema.anyOf[0], name);
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object":
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, child]) => [
          key,
          sampleFromJsonSchema(child, key),
        ]),
      );
    case "array": {
      const count = Math.min(
        Math.max(schema.minItems ?? 1, 1),
        schema.maxItems ?? Number.POSITIVE_INFINITY,
      );
      return Array.from({ length: count }, (_, index) =>
        sampleFromJsonSchema(schema.items ?? {}, `${name} ${index + 1}`),
      );
    }
    case "integer":
    case "number":
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.POSITIVE_INFINITY);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return stringFor(schema.pattern, name);
  }
}
