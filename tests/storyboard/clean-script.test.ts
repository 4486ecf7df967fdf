import { describe, expect, it } from "vitest";
import { cleanScript } from "../../src/server/pipeline/storyboard/clean-script";
import { toStrictJsonSchema } from "../../src/server/providers/openai";
import {
  coldOpenSeconds,
  episodeScriptSchema,
  shotMaxSeconds,
  shotMinSeconds,
} from "../../src/server/shows/episode-script";
import { sampleFromJsonSchema } from "../fakes/json-schema-sample";
import { realisticScript } from "./storyboard-fixtures";

const total = (shots: { durationSeconds: number }[]) =>
  shots.reduce((sum, shot) => sum + shot.durationSeconds, 0);

/**
 * A model's script is checked by its schema shot by shot, never as a whole: eight 2 s shots pass
 * it, and so do fourteen 8 s ones. The storyboard retimes such a cold open into 45–90 s.
 */
describe("a written cold open as the storyboard keeps it", () => {
  const cast = new Set(["ines", "tomas"]);

  it("parses the smallest answer the strict schema allows (the OpenAI fake's default)", () => {
    const sample = sampleFromJsonSchema(toStrictJsonSchema(episodeScriptSchema, "episode_script"));
    const parsed = episodeScriptSchema.safeParse(sample);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const shots = cleanScript(parsed.data!, cast);
    expect(shots).toHaveLength(8);
    expect(total(shots)).toBeGreaterThanOrEqual(coldOpenSeconds.min);
    expect(total(shots)).toBeLessThanOrEqual(coldOpenSeconds.max);
  });

  it("stretches eight 2 s shots into a cold open, quiet shots first, each within 2–8 s", () => {
    const script = realisticScript("ines", "tomas");
    script.shots = script.shots.slice(0, 8).map((shot) => ({ ...shot, durationSeconds: 2 }));
    const shots = cleanScript(script, cast);
    expect(total(shots)).toBeGreaterThanOrEqual(coldOpenSeconds.min);
    expect(total(shots)).toBeLessThanOrEqual(coldOpenSeconds.max);
    for (const shot of shots) {
      expect(shot.durationSeconds).toBeGreaterThanOrEqual(shotMinSeconds);
      expect(shot.durationSeconds).toBeLessThanOrEqual(shotMaxSeconds);
    }
  });

  it("trims fourteen 8 s shots to at most 90 s", () => {
    const script = realisticScript("ines", "tomas");
    const shots = [...script.shots, ...script.shots].slice(0, 14);
    const cleaned = cleanScript(
      { shots: shots.map((shot) => ({ ...shot, durationSeconds: 8 })) },
      cast,
    );
    expect(total(cleaned)).toBeLessThanOrEqual(coldOpenSeconds.max);
    expect(total(cleaned)).toBeGreaterThanOrEqual(coldOpenSeconds.min);
  });

  it("keeps a cold open that already adds up exactly as written", () => {
    const script = realisticScript("ines", "tomas");
    const cleaned = cleanScript(script, cast);
    expect(cleaned.map((shot) => shot.durationSeconds)).toEqual(
      script.shots.map((shot) => shot.durationSeconds),
    );
  });

  it("renames a line whose id is the narration's, so both are voiced and captioned", () => {
    const script = realisticScript("ines", "tomas");
    const shot = script.shots[0]!;
    script.shots[0] = {
      ...shot,
      characterIds: ["ines"],
      dialogue: [{ id: "narration", characterId: "ines", line: "Who's there?", delivery: "" }],
    };
    const [cleaned] = cleanScript(script, cast);
    expect(cleaned!.narration).toBe(shot.narration);
    expect(cleaned!.dialogue.map((line) => line.id)).not.toContain("narration");
  });
});
