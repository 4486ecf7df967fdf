import { eq } from "drizzle-orm";
import type { Executor } from "../db/client";
import { promptTemplates } from "../db/schema";

/**
 * Default prompt templates. `{{name}}` slots are filled from the request; a row in
 * `prompt_templates` with the same key replaces the default for every show, and a character's
 * own portrait prompt replaces the portrait template for that character.
 */
export const defaultPromptTemplates = {
  system:
    "You are the head writer and art director of a TV development studio. Answer with the requested JSON document only. Respect the studio guardrails: {{guardrails}}",
  blueprint:
    "Develop a TV show from this premise: {{premise}}\nWrite the show blueprint: an evocative title, a logline that keeps the premise's own words, a tagline, genre, tone, setting, themes, mood keywords, a production style (a specific medium such as stop-motion claymation or 2D anime, with a description), visual aesthetics (a palette of 3–6 named #rrggbb colours, lighting, camera, composition, textures) and a poster description.",
  cast: "Show: {{title}} — {{logline}}\nSetting: {{setting}}. Tone: {{tone}}.\nCreate {{count}} distinct main characters with a name, role, summary, vibe and one concrete key visual trait each.",
  dossier:
    "Show: {{title}} — {{logline}}\nCast: {{cast}}\nWrite the full dossier of {{name}} ({{role}}): {{summary}}\nInclude age, pronouns, appearance, wardrobe, personality traits, backstory, motivation, flaw, voice, relationships to other cast members, portrait guidance in the show's {{medium}} style and palette, and a short showcase scene.",
  season:
    "Show: {{title}} — {{logline}}\nCast: {{cast}}\nDesign the episode format and the first season: runtime, structure, a season arc and 6 episodes with a title, logline, A-plot and B-plot each.",
  episode_script:
    "Show: {{title}} — {{logline}}\nGenre: {{genre}}. Tone: {{tone}}. Setting: {{setting}}\nCast (id: name, role; voice): {{cast}}\nEpisode {{number}}, \"{{episodeTitle}}\": {{episodeLogline}} A-plot: {{aPlot}}\nWrite this episode's cold open as a shot list of 8–14 shots, 2–8 seconds each and 45–90 seconds in all: an establishing wide, a hook, character beats in over-the-shoulders and close-ups, a turn, and a button shot that ends on the episode title. Each shot has a scene heading (a location from the setting, interior or exterior, time of day), duration, framing, camera move, the ids of the characters in frame, one sentence of action, dialogue (ids l1, l2, … in script order; each line spoken by a character in the shot, in that character's own voice, with a short delivery note), narration on a few shots only (else empty) and a sound cue (or empty). Name characters by their ids only.",
  portrait:
    "Character portrait of {{name}}, {{role}} in {{title}}. {{appearance}} Wearing {{wardrobe}}. Key trait: {{keyVisualTrait}}. {{portraitGuidance}} Medium: {{medium}}. Palette: {{palette}}. Lighting: {{lighting}}. Head-and-shoulders, looking at the camera, no text.",
  poster:
    "Streaming-service key art for the TV show {{title}}: {{tagline}}. {{posterDescription}} Featuring {{cast}}. Medium: {{medium}}. Palette: {{palette}}. Title lettering at the top, vertical 2:3 composition.",
  trailer_script:
    "Show: {{title}} — {{logline}} Tagline: {{tagline}}\nGenre: {{genre}}. Tone: {{tone}}. Setting: {{setting}}\nCast (id: name, role; voice): {{cast}}\nSeason arc: {{seasonArc}}\nEpisodes: {{episodes}}\nCut a {{seconds}}-second trailer as {{shotCount}} shots whose lengths add up to {{shotSeconds}} seconds (an end card with the poster follows them): a hook, the world, the characters (each main character on screen at least once), the stakes, an escalation of quick cuts, a title card and a button. Each shot has its beat, how it comes in (cut, or dissolve for a change of time or mood), a title card's words (only on title cards, which show no picture; else empty), a scene heading, duration (2–8 seconds), framing, camera move, the ids of the characters in frame, one sentence of action, dialogue (ids l1, l2, …; a few short lines in the speaker's own voice, each speaker in frame), the trailer voice-over as narration (short, trailer-voice sentences; empty on quick cuts) and a music cue (rise, hit, drop, or empty). Name characters by their ids only.",
  character_video:
    "{{name}} in {{title}}: {{showcaseScene}} Medium: {{medium}}. Palette: {{palette}}. Slow cinematic camera move, 8 seconds.",
  episode_still:
    'A still from episode {{number}} of {{title}}, "{{episodeTitle}}": {{episodeLogline}} Medium: {{medium}}. Palette: {{palette}}. Cinematic 16:9 frame.',
  storyboard_frame:
    "A storyboard frame from {{title}}. {{scene}}. {{framing}} shot, camera {{cameraMove}}: {{action}} In frame: {{cast}}. Draw every character as in their reference portrait (face, hair, skin, clothes) and no one else. Medium: {{medium}}. Palette: {{palette}}. Lighting: {{lighting}}, true to the time of day. Cinematic 16:9, no text.",
  episode_clip:
    'An 8-second clip from episode {{number}} of {{title}}, "{{episodeTitle}}": {{episodeLogline}} Animate the still with a slow push-in. Medium: {{medium}}.',
  shot_clip:
    "{{scene}}. {{framing}} shot, camera {{cameraMove}}: {{action}} In frame: {{cast}}. Animate the start frame in the show's {{medium}} style; keep the characters' faces and clothes as drawn; no text.",
  score:
    "A {{seconds}}-second instrumental underscore for {{title}}, a {{genre}} series: {{mood}}; {{pace}} pace; no vocals, loopable, leaves room for dialogue.",
} as const;

export type PromptKey = keyof typeof defaultPromptTemplates;

export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    name in values ? String(values[name]) : "",
  );
}

export async function loadTemplate(db: Executor, key: PromptKey): Promise<string> {
  const [row] = await db.select().from(promptTemplates).where(eq(promptTemplates.key, key));
  return row?.body ?? defaultPromptTemplates[key];
}

export async function renderPrompt(
  db: Executor,
  key: PromptKey,
  values: Record<string, string | number>,
  override?: string | null,
): Promise<string> {
  const template = override?.trim() ? override : await loadTemplate(db, key);
  return fillTemplate(template, values).replace(/\s+\n/g, "\n").trim();
}
