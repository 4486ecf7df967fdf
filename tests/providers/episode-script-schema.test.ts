import { describe, expect, it } from "vitest";
import { toStrictJsonSchema } from "@/server/providers/openai";
import { episodeScriptSchema, shotFramings } from "@/server/shows/episode-script";

type Node = Record<string, unknown>;

/**
 * What OpenAI's Structured Outputs guide ("Supported schemas") allows in strict mode: these
 * keywords only; the root an object, not anyOf; every object closed with every property
 * required; at most 5,000 properties, 10 levels of objects and 1,000 enum values in all.
 */
const supportedKeywords = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "const",
  "anyOf",
  "description",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "$defs",
  "$ref",
]);

/** Every schema node with the number of objects around it (the root object is level 1). */
function walk(schema: Node, level = 1): { node: Node; level: number }[] {
  const children: Node[] = [
    ...Object.values((schema.properties as Record<string, Node>) ?? {}),
    ...(schema.items && typeof schema.items === "object" ? [schema.items as Node] : []),
    ...((schema.anyOf as Node[]) ?? []),
  ];
  const inner = schema.type === "object" ? level + 1 : level;
  return [{ node: schema, level }, ...children.flatMap((child) => walk(child, inner))];
}

describe("episode_script as a strict structured-output schema", () => {
  const json = toStrictJsonSchema(episodeScriptSchema, "episode_script");
  const nodes = walk(json);

  it("is a closed object at the root, with every property required all the way down", () => {
    expect(json.type).toBe("object");
    expect(json.anyOf).toBeUndefined();
    const objects = nodes.filter(({ node }) => node.type === "object");
    // The script, a shot, its scene heading and a line of dialogue.
    expect(objects.length).toBe(4);
    for (const { node } of objects) {
      expect(node.additionalProperties).toBe(false);
      expect(node.required).toEqual(Object.keys(node.properties as Node));
    }
  });

  it("uses only the keywords strict mode supports, within its size limits", () => {
    for (const { node } of nodes) {
      for (const key of Object.keys(node)) {
        expect(supportedKeywords.has(key), `unsupported keyword ${key}`).toBe(true);
      }
    }
    const properties = nodes.reduce(
      (sum, { node }) => sum + Object.keys((node.properties as Node) ?? {}).length,
      0,
    );
    expect(properties).toBeLessThanOrEqual(5_000);
    expect(Math.max(...nodes.map(({ level }) => level))).toBeLessThanOrEqual(10);
    const enumValues = nodes.reduce((sum, { node }) => sum + ((node.enum as []) ?? []).length, 0);
    expect(enumValues).toBeLessThanOrEqual(1_000);
  });

  it("tells the model the shot list's bounds: 8–14 shots of 2–8 s, framings by name", () => {
    const shots = (json.properties as Record<string, Node>).shots!;
    expect(shots).toMatchObject({ minItems: 8, maxItems: 14 });
    const shot = shots.items as { properties: Record<string, Node> };
    expect(shot.properties.durationSeconds).toMatchObject({ minimum: 2, maximum: 8 });
    expect(shot.properties.framing!.enum).toEqual([...shotFramings]);
    const line = (shot.properties.dialogue!.items as { properties: Record<string, Node> })
      .properties;
    expect(line.id!.pattern).toBe("^[a-z0-9-]{1,24}$");
    expect(JSON.stringify(json)).not.toMatch(/minLength|maxLength|\$schema/);
  });
});
