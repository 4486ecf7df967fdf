import { describe, expect, it } from "vitest";
import { toStrictJsonSchema } from "@/server/providers/openai";
import { blueprintSchema, castSchema, dossierSchema, seasonSchema } from "@/server/shows/documents";

type Node = Record<string, unknown>;

/** Every schema node in a tree, depth first. */
function nodes(schema: Node): Node[] {
  const children: Node[] = [];
  for (const value of Object.values((schema.properties as Record<string, Node>) ?? {})) {
    children.push(value);
  }
  if (schema.items && typeof schema.items === "object") {
    children.push(schema.items as Node);
  }
  return [schema, ...children.flatMap(nodes)];
}

describe("strict JSON schemas for the show documents", () => {
  it.each([
    ["blueprint", blueprintSchema],
    ["cast", castSchema],
    ["dossier", dossierSchema],
    ["season", seasonSchema],
  ] as const)("%s: closed objects, every property required, no length keywords", (name, schema) => {
    const json = toStrictJsonSchema(schema, name);
    expect(json.type).toBe("object");
    expect(json.$schema).toBeUndefined();
    for (const node of nodes(json)) {
      expect(node.minLength).toBeUndefined();
      expect(node.maxLength).toBeUndefined();
      if (node.type === "object") {
        expect(node.additionalProperties).toBe(false);
        expect(node.required).toEqual(Object.keys(node.properties as Node));
      }
    }
  });

  it("keeps supported constraints and moves lengths into the description", () => {
    const json = toStrictJsonSchema(blueprintSchema, "blueprint") as {
      properties: Record<string, Node & { items?: Node & { properties?: Record<string, Node> } }>;
    };
    expect(json.properties.title?.description).toBe(
      "(at least 1 character, at most 80 characters)",
    );
    expect(json.properties.themes).toMatchObject({ minItems: 1, maxItems: 6 });
    const palette = (json.properties.visualAesthetics as { properties: Record<string, Node> })
      .properties.palette as { items: { properties: Record<string, Node> } };
    expect(palette.items.properties.hex?.pattern).toBe("^#[0-9a-fA-F]{6}$");
  });
});
