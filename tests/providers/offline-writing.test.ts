import { describe, expect, it } from "vitest";
import { analyzePremise } from "@/server/providers/offline/text/premise-analysis";
import { isVerb, tokenize } from "@/server/providers/offline/text/premise-tokens";
import { nameFlavours, neutralNames } from "@/server/providers/offline/text/vocabulary/names";
import { worlds } from "@/server/providers/offline/text/vocabulary/worlds";
import { premises40, sanityPremises } from "../fixtures/premises-40";
import { type OfflineShow, proseOf, writeOfflineShow } from "./offline-show-texts";
import { lintProse } from "./prose-lint";

/** What a new user sees first: the offline writer's shows must read like someone wrote them. */

const shows = premises40.map(({ premise }) => ({ premise, show: writeOfflineShow(premise) }));

describe("the prose checker", () => {
  it("catches the mistakes stitched templates make", async () => {
    const broken = [
      "He asks what is the animals plans.",
      "The zoo animals changes everything.",
      "They is late again.",
      "She are the lead.",
      "Paint her as a inked portrait.",
      "The the fog rolls in.",
      "It ends.  Then it starts again.",
      "The kids's treehouse burns.",
      "When a claymation heist comedy where a gang plans , it fails.",
    ];
    for (const text of broken) {
      expect(await lintProse(text), text).not.toEqual([]);
    }
    expect(await lintProse("The debt nobody mentions returns. What is the animals' plan?")).toEqual(
      [],
    );
  });
});

describe("offline writing over 40 held-out premises", () => {
  it("has no lint finding in any blueprint, cast, dossier or season", async () => {
    const findings: string[] = [];
    for (const { show } of shows) {
      for (const { where, text } of proseOf(show)) {
        for (const finding of await lintProse(text)) {
          findings.push(`${where}: [${finding.source}] ${finding.message} — ${text}`);
        }
      }
    }
    expect(findings).toEqual([]);
  });

  it("has no lint finding on premises it was not tuned on either", async () => {
    const findings: string[] = [];
    for (const { premise } of sanityPremises) {
      for (const { where, text } of proseOf(writeOfflineShow(premise))) {
        for (const finding of await lintProse(text)) {
          findings.push(`${where}: [${finding.source}] ${finding.message} — ${text}`);
        }
      }
    }
    expect(findings).toEqual([]);
  });

  it("composes its sentences instead of pasting the premise into them", () => {
    const pasted: string[] = [];
    for (const { premise, show } of shows) {
      const verbs = premiseVerbs(premise);
      for (const [where, text] of storyLines(show)) {
        // Noun phrases ("a retired lighthouse keeper") may be lifted; a clause with its verb may not.
        for (const run of sharedRuns(premise, text)) {
          if (words(run).some((word) => verbs.has(word))) {
            pasted.push(`${where}: "${run}" — ${text}`);
          }
        }
      }
    }
    expect(pasted).toEqual([]);
  });

  it("keeps the characters the premise names, with the premise's pronouns", () => {
    const kept: string[] = [];
    const expected: string[] = [];
    for (const labelled of [...premises40, ...sanityPremises]) {
      const show = writeOfflineShow(labelled.premise);
      const lead = show.dossiers[0]!;
      for (const { name, pronouns } of labelled.named ?? []) {
        const member = show.dossiers.find((dossier) => dossier.name.startsWith(name));
        expected.push(`${name}: ${pronouns}`);
        kept.push(`${name}: ${member?.pronouns ?? "missing from the cast"}`);
      }
      if (labelled.leadPronouns) {
        expected.push(`lead of "${labelled.premise}": ${labelled.leadPronouns}`);
        kept.push(`lead of "${labelled.premise}": ${lead.pronouns}`);
      }
    }
    expect(kept).toEqual(expected);
  });

  it("names people from lists that sound like names, never faker surnames", () => {
    const surnames = new Set(nameFlavours.flatMap((flavour) => flavour.surnames));
    const firsts = new Set([
      ...nameFlavours.flatMap((flavour) => [...flavour.female, ...flavour.male]),
      ...neutralNames,
    ]);
    const strangers: string[] = [];
    for (const { premise } of premises40) {
      const given = analyzePremise(premise).named.map((character) => character.name);
      for (const { name } of writeOfflineShow(premise, 10).cast) {
        const [first, ...rest] = name.split(" ");
        const ownName = given.some((kept) => name.startsWith(kept));
        if (!ownName && (!firsts.has(first!) || !rest.every((part) => surnames.has(part)))) {
          strangers.push(name);
        }
      }
    }
    expect(strangers).toEqual([]);
  });

  it("titles episodes from the show's own world", () => {
    const zoo = shows[0]!.show.season.episodes.map((episode) => episode.title);
    const zooTitles = worlds.find((world) => world.id === "zoo")!.titles;
    expect(zoo.filter((title) => zooTitles.includes(title)).length).toBeGreaterThanOrEqual(3);
    const seaWords = /\b(tide|salt|undertow|sea|shore|harbour|buoy|shipping|slack water)\b/i;
    const inland = shows.filter(
      ({ premise }) =>
        !/island|lighthouse|sea|ship|tide|pirate|submarine|hull|drowned/i.test(premise),
    );
    const wet = inland.flatMap(({ premise, show }) =>
      show.season.episodes
        .filter((episode) => seaWords.test(episode.title))
        .map((episode) => `${episode.title} (${premise})`),
    );
    expect(wet).toEqual([]);
  });
});

/** Lines that tell the story: these are composed, never the premise quoted back. */
function storyLines(show: OfflineShow): [string, string][] {
  return [
    ["logline", show.blueprint.logline],
    ["tagline", show.blueprint.tagline],
    ["setting", show.blueprint.setting],
    ["season arc", show.season.seasonArc],
    ...show.season.episodes.map((episode): [string, string] => [
      `episode ${episode.number}`,
      episode.logline,
    ]),
  ];
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/** Every run of four or more words the text shares with the premise, longest first. */
function sharedRuns(premise: string, text: string): string[] {
  const source = words(premise);
  const target = ` ${words(text).join(" ")} `;
  const runs: string[] = [];
  for (let start = 0; start + 4 <= source.length; start++) {
    let end = start + 4;
    if (!target.includes(` ${source.slice(start, end).join(" ")} `)) {
      continue;
    }
    while (end < source.length && target.includes(` ${source.slice(start, end + 1).join(" ")} `)) {
      end++;
    }
    runs.push(source.slice(start, end).join(" "));
    start = end - 1;
  }
  return runs;
}

const auxiliaries = new Set(
  "is are was were be been has have had do does did must can could will would should may might to".split(
    " ",
  ),
);

/** The premise's own verbs: "plan", "rob", "discovers". */
function premiseVerbs(premise: string): Set<string> {
  const tokens = tokenize(premise);
  return new Set(
    tokens
      .filter((token, index) => isVerb(tokens, index) && !auxiliaries.has(token.lower))
      .map((token) => token.lower),
  );
}
