import retextEnglish from "retext-english";
import retextIndefiniteArticle from "retext-indefinite-article";
import retextRepeatedWords from "retext-repeated-words";
import retextSentenceSpacing from "retext-sentence-spacing";
import { unified } from "unified";
import type { VFile } from "vfile";
import { beforeAll, describe, expect, it } from "vitest";
import type { EpisodeOutline } from "../../../shows/documents";
import {
  coldOpenSeconds,
  type EpisodeScript,
  episodeScriptSchema,
  scriptLines,
} from "../../../shows/episode-script";
import type { ScriptCastMember } from "../../types";
import {
  type ScriptShow,
  scriptPremises,
  writeScript,
  writeScriptShow,
} from "./write-episode-script.fixtures";

interface Written {
  label: string;
  show: ScriptShow;
  episode: EpisodeOutline;
  script: EpisodeScript;
}

const firstName = (member: ScriptCastMember) => member.seed.name.split(" ")[0]!;
const words = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
const mean = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
const totalSeconds = (script: EpisodeScript) =>
  script.shots.reduce((sum, shot) => sum + shot.durationSeconds, 0);
const allText = (script: EpisodeScript) =>
  script.shots.flatMap((shot) => [
    shot.action,
    shot.narration,
    shot.soundCue,
    ...shot.dialogue.map((line) => line.line),
  ]);
const withVoices = (cast: readonly ScriptCastMember[], voiceOf: (index: number) => string) =>
  cast.map((member, index) => ({
    ...member,
    dossier: member.dossier && { ...member.dossier, voice: voiceOf(index) },
  }));

const lint = unified()
  .use(retextEnglish)
  .use(retextRepeatedWords)
  .use(retextIndefiniteArticle)
  .use(retextSentenceSpacing);

/** Runs the retext checks on one text; the processor has no compiler, so run, not process. */
function lintText(text: string): Promise<VFile> {
  return new Promise((resolve, reject) => {
    lint.run(lint.parse(text), text, (error, _tree, file) => {
      if (error || !file) {
        reject(error);
      } else {
        resolve(file);
      }
    });
  });
}

const shows: ScriptShow[] = [];
const written: Written[] = [];

beforeAll(async () => {
  for (const { label, premise, castSize } of scriptPremises) {
    const show = await writeScriptShow(premise, castSize);
    shows.push(show);
    // The pilot and a mid-season episode: different situations, same characters.
    for (const episode of [show.season.episodes[0]!, show.season.episodes[3]!]) {
      written.push({ label, show, episode, script: await writeScript(show, episode) });
    }
  }
}, 120_000);

describe("offline episode script", () => {
  it("writes 8–14 shots of 2–8 s each, 45–90 s in all, for every kind of show", () => {
    expect(written).toHaveLength(scriptPremises.length * 2);
    for (const { label, script } of written) {
      expect(() => episodeScriptSchema.parse(script), label).not.toThrow();
      expect(script.shots.length, label).toBeGreaterThanOrEqual(8);
      expect(script.shots.length, label).toBeLessThanOrEqual(14);
      expect(totalSeconds(script), label).toBeGreaterThanOrEqual(coldOpenSeconds.min);
      expect(totalSeconds(script), label).toBeLessThanOrEqual(coldOpenSeconds.max);
    }
  });

  it("numbers the lines l1, l2, … and names characters only by the show's ids", () => {
    for (const { label, show, script } of written) {
      const ids = new Set(show.cast.map((member) => member.id));
      const lines = scriptLines(script.shots);
      expect(lines.length, label).toBeGreaterThanOrEqual(5);
      expect(lines.map((line) => line.id)).toEqual(lines.map((_, index) => `l${index + 1}`));
      for (const shot of script.shots) {
        for (const id of shot.characterIds) {
          expect(ids.has(id), `${label}: ${id}`).toBe(true);
        }
      }
    }
  });

  it("puts every speaker, and everyone an action names, in the shot", () => {
    for (const { label, show, script } of written) {
      for (const shot of script.shots) {
        for (const line of shot.dialogue) {
          expect(shot.characterIds, `${label}: ${line.line}`).toContain(line.characterId);
        }
        for (const member of show.cast) {
          if (new RegExp(`\\b${firstName(member)}\\b`).test(shot.action)) {
            expect(shot.characterIds, `${label}: ${shot.action}`).toContain(member.id);
          }
        }
      }
    }
  });

  it("never says the same line twice in one script, even when everyone talks alike", async () => {
    const sameVoice = await Promise.all(
      shows.map((show) =>
        writeScript(
          show,
          show.season.episodes[1]!,
          withVoices(show.cast, () => "Quick, clipped and precise."),
        ),
      ),
    );
    const scripts = [...written.map(({ label, script }) => ({ label, script }))].concat(
      sameVoice.map((script, index) => ({
        label: `${scriptPremises[index]!.label}, one voice`,
        script,
      })),
    );
    for (const { label, script } of scripts) {
      const lines = scriptLines(script.shots).map((line) => line.line);
      expect(new Set(lines).size, `${label}: ${lines.join(" | ")}`).toBe(lines.length);
    }
  });

  it("opens on an establishing wide with the narrator and ends on the episode's title", () => {
    for (const { label, episode, script } of written) {
      const [first] = script.shots;
      expect(first!.framing, label).toBe("extreme wide");
      expect(first!.scene.interior, label).toBe(false);
      expect(first!.narration, label).not.toBe("");
      expect(script.shots.at(-1)!.action, label).toContain(episode.title);
      const narrated = script.shots.filter((shot) => shot.narration !== "").length;
      expect(narrated, label).toBeLessThanOrEqual(3);
      // One scene, one hour: a cold open does not jump from dawn to midnight.
      expect(new Set(script.shots.map((shot) => shot.scene.timeOfDay)).size, label).toBe(1);
    }
  });

  it("is about the episode: everyone its logline names is there, and so is its trouble", () => {
    const functionWords = new Set(
      "the and but for with about until into from that this than then when what who whose which their there over under only more most just can cannot could would will must".split(
        " ",
      ),
    );
    for (const { label, show, episode, script } of written) {
      const inFrame = new Set(script.shots.flatMap((shot) => shot.characterIds));
      const spoken = scriptLines(script.shots)
        .map((line) => line.line)
        .join(" ");
      const named = show.cast.filter((member) =>
        new RegExp(`\\b${firstName(member)}\\b`).test(episode.logline),
      );
      // In frame, or (when the episode has lost them) called for by name.
      for (const member of named) {
        const there = inFrame.has(member.id) || spoken.includes(firstName(member));
        expect(there, `${label}: ${member.seed.name}`).toBe(true);
      }
      const names = new Set(show.cast.map(firstName));
      const loglineWords = (episode.logline.match(/\p{L}{3,}/gu) ?? []).filter(
        (word) => !names.has(word) && !functionWords.has(word.toLowerCase()),
      );
      const text = allText(script).join(" ").toLowerCase();
      expect(
        named.length > 0 || loglineWords.some((word) => text.includes(word.toLowerCase())),
        `${label}: nothing of "${episode.logline}"`,
      ).toBe(true);
    }
  });

  it("keeps a character the episode loses out of frame, and has the others call for them", async () => {
    const show = shows[0]!;
    const [first, second] = show.cast.map(firstName);
    const script = await writeScript(show, {
      number: 4,
      title: "Gone",
      logline: `${second} goes missing, and the only clue points straight at ${first}.`,
      aPlot: `${first} searches the city for ${second} and finds a stranger's ledger instead.`,
      bPlot: "Nobody sleeps.",
    });
    const missing = show.cast[1]!.id;
    expect(script.shots.flatMap((shot) => shot.characterIds)).not.toContain(missing);
    expect(scriptLines(script.shots)[0]!.line).toBe(`${second}?`);
  });

  it("lets the dossier's voice decide how a character talks", async () => {
    const show = shows[2]!;
    const episode = show.season.episodes[0]!;
    const clipped = "Quick, clipped and precise; never wastes a word.";
    const rambling = "Breathless and fast, tripping over good ideas.";
    const terse = await writeScript(
      show,
      episode,
      withVoices(show.cast, () => clipped),
    );
    const nervous = await writeScript(
      show,
      episode,
      withVoices(show.cast, () => rambling),
    );
    const terseLines = scriptLines(terse.shots).map((line) => line.line);
    const nervousLines = scriptLines(nervous.shots).map((line) => line.line);
    expect(terseLines.filter((line) => nervousLines.includes(line))).toEqual([]);
    expect(mean(terseLines.map(words))).toBeLessThan(mean(nervousLines.map(words)) / 2);

    // In one scene, two voices: the clipped characters say less than the breathless ones.
    const mixed = withVoices(show.cast, (index) => (index % 2 === 0 ? clipped : rambling));
    const both = scriptLines((await writeScript(show, episode, mixed)).shots);
    const byVoice = (even: boolean) =>
      both
        .filter(
          (line) => (show.cast.findIndex((m) => m.id === line.characterId) % 2 === 0) === even,
        )
        .map((line) => words(line.line));
    expect(byVoice(true).length).toBeGreaterThan(0);
    expect(byVoice(false).length).toBeGreaterThan(0);
    expect(mean(byVoice(true))).toBeLessThan(mean(byVoice(false)));
  });

  it("plays a verbal habit that a language model wrote into a dossier", async () => {
    const show = shows[6]!;
    const cast = withVoices(show.cast, () => "Gruff Glaswegian drawl; calls everyone 'pal'.");
    const script = await writeScript(show, show.season.episodes[0]!, cast);
    const lines = scriptLines(script.shots).map((line) => line.line);
    expect(
      lines.some((line) => /, pal[.!?]$/.test(line)),
      lines.join(" | "),
    ).toBe(true);
  });

  it("still writes distinct lines for a cast without dossiers, and for a cast of one", async () => {
    const show = shows[0]!;
    const bare = show.cast.map((member) => ({ ...member, dossier: null }));
    const withoutDossiers = await writeScript(show, show.season.episodes[0]!, bare);
    const speakers = new Set(scriptLines(withoutDossiers.shots).map((line) => line.characterId));
    expect(speakers.size).toBeGreaterThanOrEqual(2);

    const solo = await writeScriptShow(scriptPremises[6]!.premise, 1);
    const script = await writeScript(solo, solo.season.episodes[0]!);
    expect(script.shots.length).toBeGreaterThanOrEqual(8);
    expect(totalSeconds(script)).toBeGreaterThanOrEqual(coldOpenSeconds.min);
    const lines = scriptLines(script.shots);
    expect(new Set(lines.map((line) => line.characterId))).toEqual(new Set([solo.cast[0]!.id]));
    expect(new Set(lines.map((line) => line.line)).size).toBe(lines.length);
  });

  it("takes its trouble and its hour from an episode a language model outlined", async () => {
    const show = shows[6]!;
    const lead = firstName(show.cast[0]!);
    const script = await writeScript(show, {
      number: 7,
      title: "The Cat in the Lamp Room",
      logline: `${lead} finds a talking cat in the lamp room at midnight.`,
      aPlot: `${lead} hides the cat from the harbour and tells nobody.`,
      bPlot: "The harbour prepares for the regatta.",
    });
    expect(allText(script).join(" ")).toContain("the cat");
    expect(script.shots[0]!.scene.timeOfDay).toBe("night");
    expect(script.shots.at(-1)!.action).toContain("The Cat in the Lamp Room");
  });

  it("writes the same script for the same episode, and another for another episode", async () => {
    const { show, episode, script } = written[0]!;
    expect(await writeScript(show, episode)).toEqual(script);
    expect(written[1]!.script).not.toEqual(script);
  });

  it("reads clean: no repeated words, wrong articles or doubled spaces", async () => {
    const findings: string[] = [];
    for (const { label, script } of written) {
      for (const text of allText(script).filter(Boolean)) {
        const file = await lintText(text);
        findings.push(
          ...file.messages.map((message) => `${label}: ${message.reason} in "${text}"`),
        );
      }
    }
    expect(findings).toEqual([]);
  });
});
