import { afterAll, describe, expect, it } from "vitest";
import { readWavInfo, wavSamples } from "../../audio/wav";
import { ProviderError } from "../../provider-error";
import type { AudioResult, SpeechRequest, VoiceSpec } from "../../types";
import { espeakAccents } from "../../voices/offline-voices";
import { EspeakEngine } from "./espeak-engine";
import { createOfflineAudioProvider } from "./offline-audio-provider";
import { speechMetrics } from "./speech-metrics";

const engine = new EspeakEngine();
const provider = createOfflineAudioProvider({ engine });
afterAll(() => engine.close());

const voice = (voiceId: string, fields: Partial<VoiceSpec> = {}): VoiceSpec => ({
  voiceId,
  pitch: 50,
  rate: 170,
  notes: "",
  ...fields,
});

const line = "The tide took the church bell in nineteen fifty three, and nobody rang it since.";

const request = (spec: VoiceSpec, fields: Partial<SpeechRequest> = {}): SpeechRequest => ({
  text: line,
  voice: spec,
  instructions: spec.notes,
  context: { purpose: "dialogue", speaker: "Maren" },
  model: "offline-voice-1",
  ...fields,
});

function measure(result: AudioResult) {
  const decoded = wavSamples(result.data);
  if (!decoded) {
    throw new Error("not a 16-bit WAV");
  }
  return { ...speechMetrics(decoded.samples, decoded.info.sampleRate), info: decoded.info };
}

describe("offline speech", () => {
  it("speaks a line as a mono WAV whose length is the one reported, with speech in it", async () => {
    const result = await provider.speak!(request(voice("en-us+m3")));

    expect(result).toMatchObject({ mime: "audio/wav", model: "offline-voice-1", costUsd: 0 });
    const info = readWavInfo(result.data)!;
    expect(info).toMatchObject({ channels: 1, bitsPerSample: 16, sampleRate: 22_050 });
    expect(result.durationSeconds).toBeCloseTo(info.durationSeconds, 5);
    // Fourteen words at 170 wpm: about five seconds, with eSpeak's padding trimmed.
    expect(result.durationSeconds).toBeGreaterThan(3.5);
    expect(result.durationSeconds).toBeLessThan(7);
    const metrics = measure(result);
    expect(metrics.speechDbfs).toBeGreaterThan(-24);
    expect(metrics.voicedShare).toBeGreaterThan(0.5);
  });

  it("gives characters distinct voices: a woman's voice sits well above a man's", async () => {
    const [woman, man] = await Promise.all([
      provider.speak!(request(voice("en-gb-scotland+f3"))),
      provider.speak!(request(voice("en-gb-scotland+m3"))),
    ]);
    const high = measure(woman).medianF0;
    const low = measure(man).medianF0;
    expect(low).toBeGreaterThan(60);
    expect(high).toBeGreaterThan(low * 1.5);
  });

  it("follows the voice's pitch and rate, and the line's delivery", async () => {
    const base = voice("en-us+m7");
    const [plain, higher, faster, slowly, fast] = await Promise.all([
      provider.speak!(request(base)),
      provider.speak!(request({ ...base, pitch: 85 })),
      provider.speak!(request({ ...base, rate: 220 })),
      provider.speak!(request(base, { instructions: "slowly, dragging each word" })),
      provider.speak!(request(base, { instructions: "quickly, in a rush" })),
    ]);
    expect(measure(higher).medianF0).toBeGreaterThan(measure(plain).medianF0 * 1.15);
    expect(faster.durationSeconds).toBeLessThan(plain.durationSeconds * 0.85);
    expect(slowly.durationSeconds).toBeGreaterThan(plain.durationSeconds * 1.15);
    expect(fast.durationSeconds).toBeLessThan(plain.durationSeconds * 0.9);
  });

  it("whispers a whispered line, at a level still heard", async () => {
    const base = voice("en-us+f2");
    const [plain, whispered] = await Promise.all([
      provider.speak!(request(base)),
      provider.speak!(request(base, { instructions: "whispering, under her breath" })),
    ]);
    expect(measure(plain).voicedShare).toBeGreaterThan(0.5);
    expect(measure(whispered).voicedShare).toBeLessThan(measure(plain).voicedShare / 2);
    expect(measure(whispered).speechDbfs).toBeGreaterThan(-26);
  });

  it("does not move the voice again for notes casting already used", async () => {
    const noted = voice("en-us+m3", { notes: "Man, about 40; slow and gravelly" });
    const [withNotes, without] = await Promise.all([
      provider.speak!(request(noted, { instructions: `${noted.notes}; matter-of-fact` })),
      provider.speak!(request({ ...noted, notes: "" }, { instructions: "matter-of-fact" })),
    ]);
    expect(withNotes.durationSeconds).toBeCloseTo(without.durationSeconds, 1);
  });

  it("levels quiet and loud variants alike, without clipping", async () => {
    // Unlevelled, m8 peaks near −9 dBFS and paul clips at full scale on this line.
    const results = await Promise.all(
      ["en-us+m8", "en-us+paul", "en-us+klatt", "en-us+Storm", "en-us+f5"].map((id) =>
        provider.speak!(request(voice(id))),
      ),
    );
    const levels = results.map((result) => measure(result));
    const speech = levels.map((metrics) => metrics.speechDbfs);
    expect(Math.max(...speech) - Math.min(...speech)).toBeLessThan(3);
    for (const metrics of levels) {
      expect(metrics.peakDbfs).toBeLessThanOrEqual(-0.99);
    }
  });

  it("keeps each line's own voice when lines are spoken at once", async () => {
    const slowWoman = request(voice("en-us+f3", { rate: 130 }));
    const fastMan = request(voice("en-us+m3", { rate: 220 }));
    const alone = [await provider.speak!(slowWoman), await provider.speak!(fastMan)];
    const together = await Promise.all(
      Array.from({ length: 6 }, (_, index) => provider.speak!(index % 2 ? fastMan : slowWoman)),
    );
    together.forEach((result, index) => {
      const solo = alone[index % 2]!;
      expect(result.durationSeconds).toBeCloseTo(solo.durationSeconds, 2);
      const f0 = measure(result).medianF0;
      expect(Math.abs(f0 - measure(solo).medianF0) / f0).toBeLessThan(0.1);
    });
  });

  it("stops a line when its task is canceled, and speaks the next at once", async () => {
    // About ten minutes of speech: four seconds of synthesis or more if eSpeak were not stopped.
    const controller = new AbortController();
    const text = `${line} `.repeat(150);
    const speaking = provider.speak!(
      request(voice("en-us+m3"), { text, signal: controller.signal }),
    );
    setTimeout(() => controller.abort(new Error("canceled by the user")), 50);
    await expect(speaking).rejects.toThrow("canceled by the user");
    const abortedAt = performance.now();
    const next = await provider.speak!(request(voice("en-us+m3")));
    expect(next.durationSeconds).toBeGreaterThan(3);
    expect(performance.now() - abortedAt).toBeLessThan(2_500);
  });

  it("refuses an unknown voice as a terminal error naming it", async () => {
    const error = await provider.speak!(request(voice("xx-nowhere+m3"))).catch((thrown) => thrown);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: "invalid_input", retryable: false });
    expect((error as ProviderError).userMessage).toMatch(/"xx-nowhere\+m3".*Maren/);
  });

  it("refuses a line with no words", async () => {
    const error = await provider.speak!(request(voice("en-us+m3"), { text: "   " })).catch(
      (e) => e,
    );
    expect(error).toMatchObject({ code: "invalid_input" });
  });

  it("lists English voices in every accent the engine has", async () => {
    const listed = provider.voices();
    const languages = new Set(
      (await engine.listVoices()).flatMap((entry) =>
        entry.languages.map((language) => language.name),
      ),
    );
    for (const accent of espeakAccents) {
      expect(languages.has(accent.name), accent.name).toBe(true);
      expect(listed.some((option) => option.voiceId.startsWith(`${accent.name}+`))).toBe(true);
    }
    expect(listed.every((option) => option.voiceId.startsWith("en"))).toBe(true);
  });
});
