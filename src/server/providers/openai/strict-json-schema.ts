import { zodTextFormat } from "openai/helpers/zod";
import type { z } from "zod";

/** Length limits strict mode does not accept; the zod schema still enforces them on the answer. */
const lengthKeywords = { minLength: "at least", maxLength: "at most" } as const;

type JsonSchema = { [key: string]: unknown };

const isSchemaObject = (value: unknown): value is JsonSchema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Moves string length limits into the description (the model still reads them) and drops the
 * `$schema` marker, walking every nested schema.
 */
function dropUnsupportedKeywords(schema: JsonSchema): JsonSchema {
  const result: JsonSchema = {};
  const hints: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$schema") {
      continue;
    }
    if (key === "minLength" || key === "maxLength") {
      hints.push(`${lengthKeywords[key]} ${String(value)} character${value === 1 ? "" : "s"}`);
      continue;
    }
    if (key === "properties" || key === "$defs" || key === "definitions") {
      result[key] = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([name, child]) => [
          name,
          isSchemaObject(child) ? dropUnsupportedKeywords(child) : child,
        ]),
      );
    } else if (key === "items" && isSchemaObject(value)) {
      result[key] = dropUnsupportedKeywords(value);
    } else if (key === "anyOf" && Array.isArray(value)) {
      result[key] = value.map((child) =>
        isSchemaObject(child) ? dropUnsupportedKeywords(child) : child,
      );
    } else {
      result[key] = value;
    }
  }
  if (hints.length > 0) {
    const description = typeof result.description === "string" ? `${result.description} ` : "";
    result.description = `${description}(${hints.join(", ")})`;
  }
  return result;
}

/**
 * The JSON schema OpenAI strict structured outputs accept for a zod schema. The SDK's own helper
 * does the strict transform (every property required, `additionalProperties: false`, and it
 * throws on shapes strict mode cannot express, such as optional fields); we then remove the string
 * length keywords the Structured Outputs guide does not list as supported (pattern, format,
 * numeric bounds and minItems/maxItems are supported and kept).
 */
export function toStrictJsonSchema(schema: z.ZodType, name: string): JsonSchema {
  const format = zodTextFormat(schema, name);
  return dropUnsupportedKeywords(format.schema as JsonSchema);
}
