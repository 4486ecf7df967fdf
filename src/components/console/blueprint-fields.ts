import type { Blueprint } from "@/lib/client/types";
import { textLimits } from "@/server/shows/text-limits";

export interface BlueprintField {
  /** Dotted path into the blueprint, e.g. "visualAesthetics.lighting". */
  path: string;
  label: string;
  multiline?: boolean;
  wide?: boolean;
  /** A string list edited as comma-separated text. */
  list?: boolean;
  /** The server's maximum length (text-limits.ts); lists are limited per item. */
  max?: number;
}

export const BLUEPRINT_FIELDS: BlueprintField[] = [
  { path: "title", label: "Title", max: textLimits.title },
  { path: "tagline", label: "Tagline", max: textLimits.tagline },
  { path: "logline", label: "Logline", multiline: true, wide: true, max: textLimits.logline },
  { path: "genre", label: "Genre", max: textLimits.label },
  { path: "tone", label: "Tone", max: textLimits.label },
  { path: "setting", label: "Setting", multiline: true, wide: true, max: textLimits.sentence },
  { path: "themes", label: "Themes", list: true },
  { path: "moodKeywords", label: "Mood keywords", list: true },
  { path: "productionStyle.medium", label: "Medium", max: textLimits.label },
  { path: "visualAesthetics.lighting", label: "Lighting", max: textLimits.sentence },
  {
    path: "productionStyle.description",
    label: "Production style",
    multiline: true,
    wide: true,
    max: textLimits.prose,
  },
  { path: "visualAesthetics.camera", label: "Camera", max: textLimits.sentence },
  { path: "visualAesthetics.composition", label: "Composition", max: textLimits.sentence },
  { path: "visualAesthetics.textures", label: "Textures", wide: true, max: textLimits.sentence },
  {
    path: "posterDescription",
    label: "Poster description",
    multiline: true,
    wide: true,
    max: textLimits.prose,
  },
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
