import { textLimits } from "@/server/shows/text-limits";

/** How each prompt template reads on the settings page; unknown keys fall back to their id. */
const LABELS: Record<string, { label: string; makes: string }> = {
  system: { label: "System", makes: "Sent with every text request" },
  blueprint: { label: "Blueprint", makes: "Text" },
  cast: { label: "Cast", makes: "Text" },
  dossier: { label: "Dossier", makes: "Text" },
  season: { label: "Season & episodes", makes: "Text" },
  episode_script: { label: "Episode script", makes: "Text" },
  portrait: { label: "Portrait", makes: "Image" },
  poster: { label: "Library poster", makes: "Image" },
  trailer: { label: "Trailer", makes: "Video" },
  character_video: { label: "Character video", makes: "Video" },
  episode_still: { label: "Episode still", makes: "Image" },
  episode_clip: { label: "Episode clip", makes: "Video" },
  shot_clip: { label: "Shot clip", makes: "Video" },
  score: { label: "Score", makes: "Music" },
};

export function templateLabel(key: string): { label: string; makes: string } {
  return LABELS[key] ?? { label: key.replaceAll("_", " "), makes: "Prompt" };
}

/** The `{{slots}}` a template uses, in order of first use. */
export function templateSlots(body: string): string[] {
  return [...new Set([...body.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? ""))];
}

export const TEMPLATE_MIN = 10;
export const TEMPLATE_MAX = textLimits.template;
