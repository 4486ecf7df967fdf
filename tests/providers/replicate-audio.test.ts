import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readWavInfo } from "@/server/providers/audio/wav";
import { liveActionBlueprint } from "@/server/providers/offline/image/test-fixtures";
import { createReplicateAudioProvider } from "@/server/providers/replicate";
import type { AudioProvider, MusicRequest, SpeechRequest } from "@/server/providers/types";
import { minimaxVoiceCatalog } from "@/server/providers/voices/paid-voices";
import {
  fakeAudioSeconds,
  type ReplicateFake,
  replicateErrors,
  startReplicateFake,
} from "../fakes/replicate-fake";
import { expectProviderError } from "./provider-test-helpers";

let fake: ReplicateFake;
beforeEach(async () => {
  fake = await startReplicateFake({ apiToken: "r8_test" });
});
afterEach(async () => {
  await fake.close();
});

const audio = (): AudioProvider =>
  createReplicateAudioProvider({ apiToken: "r8_test", baseUrl: fake.url, pollIntervalMs: 5 });

const line = "Go home, son. The sea keeps what it takes.";

const speechRequest = (fields: Partial<SpeechRequest> = {}): SpeechRequest => ({
  text: line,
  voice: { voiceId: "Deep_Voice_Man", pitch: 33, rate: 140, notes: "Older man, about 71; weary" },
  instructions: "Older man, about 71; weary; angry, through his teeth",
  context: { purpose: "dialogue", speaker: "Ewan" },
  model: "minimax/speech-2.6-turbo",
  ...fields,
});

const musicRequest = (fields: Partial<MusicRequest> = {}): MusicRequest => ({
  prompt: "Brooding strings and a slow pulse, misty, salt-stained, lamplit",
  durationSeconds: 60,
  context: { purpose: "score", blueprint: liveActionBlueprint, mood: ["brooding"], pace: "slow" },
  model: "meta/musicgen",
  ...fields,
});

const created = () => fake.requests.find((request) => request.route === "predictions.create");
const createdBody = () => created()?.json as { input: Record<string, unknown>; version?: string };

/** Polls the way the pipeline does, until Replicate's verdict. */
async function untilDone(provider: AudioProvider, jobId: string) {
  for (;;) {
    const status = await provider.jobs!.status(jobId);
    if (status.state !== "queued" && status.state !== "processing") {
      return status;
    }
  }
}

describe("Replicate speech", () => {
  it("submits the line to MiniMax with the voice, its speed and pitch, and the delivery's emotion", async () => {
    const job = await audio().jobs!.submitSpeech(speechRequest());

    expect(created()?.path).toBe("/v1/models/minimax/speech-2.6-turbo/predictions");
    expect(createdBody().input).toEqual({
      text: line,
      voice_id: "Deep_Voice_Man",
      speed: 0.8,
      pitch: -2,
      emotion: "angry",
      volume: 1,
      audio_format: "wav",
      sample_rate: 24000,
      channel: "mono",
      language_boost: "English",
      english_normalization: true,
    });
    // $0.06 per 1,000 characters, known before it runs.
    expect(job.costUsd).toBe(Math.round(line.length * 0.00006 * 10_000) / 10_000);
  });

  it("takes the emotion from the line before the voice's notes, and auto when none is named", async () => {
    await audio().jobs!.submitSpeech(
      speechRequest({
        voice: { ...speechRequest().voice, notes: "calm" },
        instructions: "calm; shocked",
      }),
    );
    expect(createdBody().input.emotion).toBe("surprised");
    fake.requests.length = 0;
    await audio().jobs!.submitSpeech(speechRequest({ instructions: "Older man, about 71; weary" }));
    expect(createdBody().input.emotion).toBe("auto");
  });

  it("polls to the end and downloads WAV speech with its measured length", async () => {
    fake.planNextPrediction({ pollsUntilDone: 3 });
    const provider = audio();
    const { jobId } = await provider.jobs!.submitSpeech(speechRequest());
    const status = await untilDone(provider, jobId);
    expect(status).toMatchObject({ state: "succeeded", stage: "MiniMax Speech 2.6 Turbo · done" });

    const result = await provider.jobs!.download(jobId);
    expect(result).toMatchObject({ mime: "audio/wav", model: "minimax/speech-2.6-turbo" });
    const seconds = fakeAudioSeconds({ text: line });
    expect(result.durationSeconds).toBeCloseTo(seconds, 3);
    expect(readWavInfo(result.data)).toMatchObject({ sampleRate: 24_000, channels: 1 });
    expect(result.costUsd).toBeCloseTo(line.length * 0.00006, 4);
  });

  it("lists MiniMax's system voices, and speaks only as jobs", () => {
    const provider = audio();
    expect(provider.voices().map((voice) => voice.voiceId)).toEqual(
      minimaxVoiceCatalog.map((voice) => voice.voiceId),
    );
    expect(provider.speak).toBeUndefined();
    expect(provider.pollIntervalMs).toBe(5);
  });

  it("a video model asked to speak is a terminal error naming both", async () => {
    const error = await expectProviderError(
      audio().jobs!.submitSpeech(speechRequest({ model: "google/veo-3.1" })),
    );
    expect(error).toMatchObject({ code: "invalid_input", retryable: false });
    expect(error.userMessage).toMatch(/Veo 3\.1 makes videos, not speech/);
    expect(fake.count("predictions.create")).toBe(0);
  });

  it("429 on submit is rate_limited with Replicate's wait, and made no prediction", async () => {
    fake.script("predictions.create", replicateErrors.throttled(4));
    const error = await expectProviderError(audio().jobs!.submitSpeech(speechRequest()));
    expect(error).toMatchObject({ code: "rate_limited", retryable: true });
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(4000);
    expect(fake.predictions.size).toBe(0);
  });

  it("a failed prediction fails its download with the model's reason", async () => {
    fake.planNextPrediction({ pollsUntilDone: 1, outcome: { failed: "voice_id not found" } });
    const provider = audio();
    const { jobId } = await provider.jobs!.submitSpeech(speechRequest());
    const status = await untilDone(provider, jobId);
    expect(status).toMatchObject({ state: "failed", error: { code: "job_failed" } });
    const error = await expectProviderError(provider.jobs!.download(jobId));
    expect(error.userMessage).toMatch(/voice_id not found/);
  });

  it("an output Replicate already deleted is output_expired", async () => {
    fake.planNextPrediction({ pollsUntilDone: 1, outputExpired: true });
    const provider = audio();
    const { jobId } = await provider.jobs!.submitSpeech(speechRequest());
    await untilDone(provider, jobId);
    expect((await expectProviderError(provider.jobs!.download(jobId))).code).toBe("output_expired");
  });

  it("cancels a running prediction", async () => {
    fake.planNextPrediction({ pollsUntilDone: 50 });
    const provider = audio();
    const { jobId } = await provider.jobs!.submitSpeech(speechRequest());
    expect(await provider.jobs!.cancel(jobId)).toMatchObject({ canceled: true });
    expect(fake.predictions.get(jobId)?.json.status).toBe("canceled");
  });
});

describe("Replicate music", () => {
  it("runs MusicGen by its pinned version, at most 30 seconds, priced before it runs", async () => {
    const job = await audio().jobs!.submitMusic(musicRequest());

    expect(created()?.path).toBe("/v1/predictions");
    expect(createdBody().version).toBe(
      "meta/musicgen:671ac645ce5e552cc63a54a2bbff63fcf798043055d2dac5fc9e36a837eedcfb",
    );
    expect(createdBody().input).toEqual({
      prompt: musicRequest().prompt,
      model_version: "stereo-large",
      duration: 30,
      output_format: "wav",
      normalization_strategy: "loudness",
    });
    expect(job.costUsd).toBe(0.07);
  });

  it("downloads the bed with the length it really has", async () => {
    fake.planNextPrediction({ pollsUntilDone: 2 });
    const provider = audio();
    const { jobId } = await provider.jobs!.submitMusic(musicRequest({ durationSeconds: 12 }));
    await untilDone(provider, jobId);
    const result = await provider.jobs!.download(jobId);
    expect(result).toMatchObject({ mime: "audio/wav", model: "meta/musicgen" });
    expect(result.durationSeconds).toBeCloseTo(12, 3);
    expect(result.costUsd).toBeCloseTo(0.028, 4);
  });

  it("measures an MP3 answer by decoding it with ffmpeg", async () => {
    fake.planNextPrediction({ pollsUntilDone: 1, output: "mp3" });
    const provider = audio();
    const { jobId } = await provider.jobs!.submitMusic(musicRequest({ durationSeconds: 2 }));
    await untilDone(provider, jobId);
    const result = await provider.jobs!.download(jobId);
    expect(result.mime).toBe("audio/mpeg");
    expect(result.durationSeconds).toBeGreaterThan(1.95);
    expect(result.durationSeconds).toBeLessThan(2.1);
  });
});
