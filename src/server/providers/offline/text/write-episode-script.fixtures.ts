import type { z } from "zod";
import {
  blueprintSchema,
  castSchema,
  dossierSchema,
  type EpisodeOutline,
  seasonSchema,
} from "../../../shows/documents";
import { type EpisodeScript, episodeScriptSchema } from "../../../shows/episode-script";
import type { ScriptCastMember, TextContext } from "../../types";
import { createOfflineTextProvider } from "./offline-text-provider";

/**
 * Shows for the episode-script tests, made the way the pipeline makes them: blueprint, cast,
 * one dossier per character and the season, each through the offline provider.
 */
export const scriptPremises: readonly { label: string; premise: string; castSize: number }[] = [
  {
    label: "noir",
    premise: "A noir detective story in a city where it never stops raining.",
    castSize: 5,
  },
  {
    label: "kids",
    premise: "Kids on a Mars colony form a detective club to find out who stole the oxygen garden.",
    castSize: 5,
  },
  {
    label: "sitcom",
    premise:
      "A sitcom about three feuding cousins running a failing pizza restaurant in Cleveland.",
    castSize: 4,
  },
  {
    label: "sci-fi",
    premise:
      "The crew of a mining starship discovers a signal coming from inside their own engine room.",
    castSize: 6,
  },
  {
    label: "horror",
    premise:
      "A haunted hotel's night manager must keep the ghosts happy during a convention of exorcists.",
    castSize: 5,
  },
  {
    label: "fantasy",
    premise:
      "An apprentice witch in a mountain kingdom accidentally breaks the oath that keeps the dragons asleep.",
    castSize: 4,
  },
  {
    label: "drama",
    premise: "A retired lighthouse keeper on a remote Scottish island discovers the fog is alive.",
    castSize: 5,
  },
  {
    label: "mystery",
    premise: "A village vicar solves the murders that the police would rather ignore.",
    castSize: 3,
  },
  {
    label: "romance",
    premise: "Two rival wedding planners in Lisbon are forced to organise the same wedding.",
    castSize: 4,
  },
  {
    label: "adventure",
    premise:
      "A teenage cartographer sails off the edge of the known map to find her missing father.",
    castSize: 5,
  },
  {
    label: "claymation",
    premise: "A claymation comedy about a family of moles running a hotel under a golf course.",
    castSize: 2,
  },
  {
    label: "anime",
    premise:
      "An anime about a shy teenage girl who becomes the pilot of a giant robot made of garbage.",
    castSize: 6,
  },
];

const provider = createOfflineTextProvider();

export async function generate<T>(schema: z.ZodType<T>, context: TextContext): Promise<T> {
  const result = await provider.generateObject({
    schema,
    name: context.kind,
    system: "",
    prompt: "ignored by the offline writer",
    context,
    model: "",
  });
  return result.value;
}

export type ScriptShow = Awaited<ReturnType<typeof writeScriptShow>>;

/** A whole show up to its season; characters get ids the way `characters` rows do. */
export async function writeScriptShow(premise: string, castSize: number) {
  const blueprint = await generate(blueprintSchema, { kind: "blueprint", premise, guardrails: "" });
  const { characters } = await generate(castSchema, {
    kind: "cast",
    premise,
    blueprint,
    count: castSize,
  });
  const dossiers = await Promise.all(
    characters.map((seed) =>
      generate(dossierSchema, { kind: "dossier", premise, blueprint, seed, cast: characters }),
    ),
  );
  const season = await generate(seasonSchema, {
    kind: "season",
    premise,
    blueprint,
    cast: characters,
  });
  const cast: ScriptCastMember[] = characters.map((seed, index) => ({
    id: `char-${index + 1}`,
    seed,
    dossier: dossiers[index]!,
  }));
  return { premise, blueprint, cast, season };
}

export function writeScript(
  show: ScriptShow,
  episode: EpisodeOutline,
  cast: readonly ScriptCastMember[] = show.cast,
): Promise<EpisodeScript> {
  return generate(episodeScriptSchema, {
    kind: "episode_script",
    premise: show.premise,
    blueprint: show.blueprint,
    cast: [...cast],
    season: show.season,
    episode,
  });
}
