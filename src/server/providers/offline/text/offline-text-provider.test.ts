import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { blueprintSchema, castSchema, dossierSchema, seasonSchema } from "../../../shows/documents";
import { ProviderError } from "../../provider-error";
import type { TextContext } from "../../types";
import { createOfflineTextProvider } from "./offline-text-provider";

const provider = createOfflineTextProvider();

const lighthouse =
  "A retired lighthouse keeper on a remote Scottish island discovers the fog is alive.";
const premises = [
  lighthouse,
  "Two estranged sisters inherit a haunted bakery in 1970s Naples.",
  "In 1920s Chicago, a jazz pianist who moonlights as a hitman falls for the detective hunting him.",
  "A claymation comedy about a family of moles running a hotel under a golf course.",
  "Kids on a Mars colony form a detective club to find out who stole the oxygen garden.",
  "An anime about a shy teenage girl who becomes the pilot of a giant robot made of garbage.",
  "space pirates, but they're accountants",
  "A noir detective story in a city where it never stops raining.",
];

async function generate<T>(schema: z.ZodType<T>, context: TextContext): Promise<T> {
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

const blueprintOf = (premise: string) =>
  generate(blueprintSchema, { kind: "blueprint", premise, guardrails: "" });

async function writeShow(premise: string, count = 6) {
  const blueprint = await blueprintOf(premise);
  const { characters: cast } = await generate(castSchema, {
    kind: "cast",
    premise,
    blueprint,
    count,
  });
  const dossiers = await Promise.all(
    cast.map((seed) =>
      generate(dossierSchema, { kind: "dossier", premise, blueprint, seed, cast }),
    ),
  );
  const season = await generate(seasonSchema, { kind: "season", premise, blueprint, cast });
  return { blueprint, cast, dossiers, season };
}

const firstNameOf = (name: string) => name.split(" ")[0]!;

describe("offline text provider", () => {
  it("writes documents that validate against their schemas", async () => {
    for (const premise of premises) {
      const show = await writeShow(premise);
      expect(() => blueprintSchema.parse(show.blueprint)).not.toThrow();
      expect(() => castSchema.parse({ characters: show.cast })).not.toThrow();
      for (const dossier of show.dossiers) {
        expect(() => dossierSchema.parse(dossier)).not.toThrow();
      }
      expect(() => seasonSchema.parse(show.season)).not.toThrow();
    }
  });

  it("gives the same premise the same show, byte for byte", async () => {
    const first = await writeShow(lighthouse, 10);
    const second = await writeShow(`  ${lighthouse}\n`, 10);
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it("is not disturbed by concurrent calls", async () => {
    const alone = await writeShow(premises[1]!);
    const together = await Promise.all(premises.map((premise) => writeShow(premise)));
    expect(together[1]).toEqual(alone);
  });

  it("gives different premises different titles", async () => {
    const titles = await Promise.all(
      premises.map(async (premise) => (await blueprintOf(premise)).title),
    );
    expect(new Set(titles).size).toBe(premises.length);
  });

  it("reuses the premise's own words in the blueprint", async () => {
    const blueprint = await blueprintOf(lighthouse);
    expect(`${blueprint.title} ${blueprint.logline}`.toLowerCase()).toContain("lighthouse");
    expect(blueprint.logline).toContain("fog");
    expect(blueprint.setting).toContain("Scottish island");
    const naples = await blueprintOf(premises[1]!);
    expect(naples.setting).toContain("Naples");
    expect(`${naples.title} ${naples.logline}`.toLowerCase()).toContain("bakery");
  });

  it("picks the medium the premise asks for", async () => {
    const clay = await blueprintOf(premises[3]!);
    expect(clay.productionStyle.medium).toMatch(/stop-motion/);
    const anime = await blueprintOf(premises[5]!);
    expect(anime.productionStyle.medium).toMatch(/anime/);
    const noir = await blueprintOf(premises[7]!);
    expect(noir.genre.toLowerCase()).toContain("noir");
  });

  it("writes children's shows for children", async () => {
    const { blueprint, dossiers, season } = await writeShow(premises[4]!);
    expect(blueprint.genre).toMatch(/all-ages|family|kids/i);
    expect(Number(dossiers[0]!.age)).toBeLessThanOrEqual(14);
    expect(season.format.runtimeMinutes).toBeLessThanOrEqual(22);
  });

  it("casts ten distinct names when asked for ten", async () => {
    for (const premise of premises) {
      const { cast } = await writeShow(premise, 10);
      expect(cast).toHaveLength(10);
      expect(new Set(cast.map((member) => member.name)).size).toBe(10);
      expect(new Set(cast.map((member) => firstNameOf(member.name))).size).toBe(10);
      expect(new Set(cast.map((member) => member.keyVisualTrait)).size).toBe(10);
    }
  });

  it("keeps the lead's gender when the premise gives it", async () => {
    const { dossiers } = await writeShow(premises[1]!);
    expect(dossiers.slice(0, 2).map((dossier) => dossier.pronouns)).toEqual(["she/her", "she/her"]);
  });

  it("uses each character's own pronouns in the cast summary", async () => {
    for (const premise of premises) {
      const { cast, dossiers } = await writeShow(premise, 10);
      cast.forEach((member, index) => {
        const wrong = { "she/her": /\b(he|him|his)\b/, "he/him": /\b(she|her)\b/ }[
          dossiers[index]!.pronouns as "she/her" | "he/him"
        ];
        if (wrong) {
          expect(member.summary).not.toMatch(wrong);
        }
      });
    }
  });

  it("relates each character only to members of the cast", async () => {
    const { cast, dossiers } = await writeShow(lighthouse, 8);
    const names = new Set(cast.map((member) => member.name));
    for (const dossier of dossiers) {
      expect(dossier.relationships.length).toBeGreaterThan(0);
      for (const relationship of dossier.relationships) {
        expect(names.has(relationship.name)).toBe(true);
        expect(relationship.name).not.toBe(dossier.name);
      }
    }
  });

  it("does not repeat a sentence across the cast's dossiers", async () => {
    const { dossiers } = await writeShow(lighthouse, 10);
    for (const field of ["backstory", "flaw", "voice", "showcaseScene", "appearance"] as const) {
      expect(new Set(dossiers.map((dossier) => dossier[field])).size).toBe(dossiers.length);
    }
  });

  it("outlines six episodes, numbered 1 to 6, that use the cast", async () => {
    for (const premise of premises) {
      const { cast, season } = await writeShow(premise);
      const firstNames = cast.map((member) => firstNameOf(member.name));
      expect(season.format.episodeCount).toBe(6);
      expect(season.episodes.map((episode) => episode.number)).toEqual([1, 2, 3, 4, 5, 6]);
      for (const episode of season.episodes) {
        const text = `${episode.logline} ${episode.aPlot} ${episode.bPlot}`;
        expect(firstNames.some((name) => text.includes(name))).toBe(true);
      }
      expect(firstNames.some((name) => season.seasonArc.includes(name))).toBe(true);
    }
  });

  it("still writes a season for a cast of one", async () => {
    const { season, cast } = await writeShow(lighthouse, 1);
    expect(season.episodes).toHaveLength(6);
    expect(
      season.episodes.every((episode) => episode.aPlot.includes(firstNameOf(cast[0]!.name))),
    ).toBe(true);
  });

  it("reports the model and a zero cost", async () => {
    const request = {
      schema: blueprintSchema,
      name: "blueprint" as const,
      system: "",
      prompt: "",
      context: { kind: "blueprint" as const, premise: lighthouse, guardrails: "" },
    };
    expect(await provider.generateObject({ ...request, model: "" })).toMatchObject({
      model: "offline-writer-1",
      costUsd: 0,
    });
    expect((await provider.generateObject({ ...request, model: "house-style" })).model).toBe(
      "house-style",
    );
    expect(provider.id).toBe("offline");
  });

  it("refuses to start once the request is aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const attempt = provider.generateObject({
      schema: blueprintSchema,
      name: "blueprint",
      system: "",
      prompt: "",
      context: { kind: "blueprint", premise: lighthouse, guardrails: "" },
      model: "",
      signal: controller.signal,
    });
    await expect(attempt).rejects.toBeInstanceOf(ProviderError);
    await expect(attempt).rejects.toMatchObject({ code: "canceled" });
  });
});
