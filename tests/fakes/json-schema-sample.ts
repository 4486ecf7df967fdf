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
 * A value that satisfies a strict structured-output schema, so the OpenAI fake can answer any
 * document request without a script: strings long enough for the usual minimums, arrays at their
 * minimum size (at least one), numbers at their minimum, hex colours for a `#rrggbb` pattern.
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
      return schema.pattern?.includes("#") ? "#3a6ea5" : `Sample ${words(name)} text`;
  }
}
