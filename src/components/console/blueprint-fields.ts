import type { Blueprint } from "@/lib/client/types";

export interface BlueprintField {
  /** Dotted path into the blueprint, e.g. "visualAesthetics.lighting". */
  path: string;
  label: string;
  multiline?: boolean;
  wide?: boolean;
  /** A string list edited as comma-separated text. */
  list?: boolean;
}

export const BLUEPRINT_FIELDS: BlueprintField[] = [
  { path: "title", label: "Title" },
  { path: "tagline", label: "Tagline" },
  { path: "logline", label: "Logline", multiline: true, wide: true },
  { path: "genre", label: "Genre" },
  { path: "tone", label: "Tone" },
  { path: "setting", label: "Setting", multiline: true, wide: true },
  { path: "themes", label: "Themes", list: true },
  { path: "moodKeywords", label: "Mood keywords", list: true },
  { path: "productionStyle.medium", label: "Medium" },
  { path: "visualAesthetics.lighting", label: "Lighting" },
  { path: "productionStyle.description", label: "Production style", multiline: true, wide: true },
  { path: "visualAesthetics.camera", label: "Camera" },
  { path: "visualAesthetics.composition", label: "Composition" },
  { path: "visualAesthetics.textures", label: "Textures", wide: true },
  { path: "posterDescription", label: "Poster description", multiline: true, wide: true },
];

type Json = Record<string, unknown>;

export function readField(blueprint: Blueprint, field: BlueprintField): string {
  const value = field.path
    .split(".")
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], blueprint);
  return Array.isArray(value) ? value.join(", ") : String(value ?? "");
}

export function writeField(blueprint: Blueprint, field: BlueprintField, text: string): Blueprint {
  const value = field.list
    ? text
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean)
    : text;
  const [head, tail] = field.path.split(".") as [string, string | undefined];
  const root = blueprint as unknown as Json;
  const next = tail
    ? { ...root, [head]: { ...(root[head] as Json), [tail]: value } }
    : { ...root, [head]: value };
  return next as unknown as Blueprint;
}
