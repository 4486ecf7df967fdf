import type { z } from "zod";
import type { Blueprint, CharacterSeed, Dossier, EpisodeOutline, Season } from "../shows/documents";
import type { ShotSpec } from "../shows/episode-script";
import type { ProviderErrorCode } from "./provider-error";

/**
 * Provider ports. Each is as narrow as the pipeline needs; adapters (offline, openai, replicate)
 * implement them and are chosen by configuration and per-show settings, never by sniffing the
 * environment inside business code.
 *
 * Every request carries a `context`: the structured facts behind the prompt. Language models read
 * the `prompt`; the offline provider, which is no language model, writes from the context.
 */

/** A character as a script names it: by the `characters` row id, with what makes its voice. */
export interface ScriptCastMember {
  id: string;
  seed: CharacterSeed;
  dossier: Dossier | null;
}

/** What a text generation is for; selects the schema and, offline, the writer. */
export type TextDocumentKind =
  | "blueprint"
  | "cast"
  | "dossier"
  | "season"
  | "episode_script"
  | "trailer_script"
  | "prompt_rewrite";

export type TextContext =
  | { kind: "blueprint"; premise: string; guardrails: string }
  | { kind: "cast"; premise: string; blueprint: Blueprint; count: number }
  | {
      kind: "dossier";
      premise: string;
      blueprint: Blueprint;
      seed: CharacterSeed;
      cast: CharacterSeed[];
    }
  | { kind: "season"; premise: string; blueprint: Blueprint; cast: CharacterSeed[] }
  /** One episode's cold open; `cast` carries the ids the shot list names characters by. */
  | {
      kind: "episode_script";
      premise: string;
      blueprint: Blueprint;
      cast: ScriptCastMember[];
      season: Season | null;
      episode: EpisodeOutline;
    }
  /** The trailer's shot list, `seconds` long with the end card, from whatever the show has. */
  | {
      kind: "trailer_script";
      premise: string;
      blueprint: Blueprint;
      cast: ScriptCastMember[];
      season: Season | null;
      seconds: 30 | 60;
    }
  /** A prompt a provider's moderation blocked, to rewrite at `level` (1 soften … 3 abstract). */
  | { kind: "prompt_rewrite"; prompt: string; level: 1 | 2 | 3 };

export interface TextRequest<T> {
  schema: z.ZodType<T>;
  /** Schema name sent to structured-output APIs; also what the offline writer dispatches on. */
  name: TextDocumentKind;
  system: string;
  prompt: string;
  context: TextContext;
  model: string;
  signal?: AbortSignal;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
}

export interface TextResult<T> {
  value: T;
  model: string;
  usage?: Usage;
  /** Best-known cost in US dollars; 0 for offline. */
  costUsd: number;
}

export interface TextProvider {
  readonly id: string;
  generateObject<T>(request: TextRequest<T>): Promise<TextResult<T>>;
}

/** A file the provider may read: an image already in the media store. */
export interface MediaRef {
  /** Absolute path on local disk. */
  path: string;
  mime: string;
}

export interface Size {
  width: number;
  height: number;
}

export type ImagePurpose = "portrait" | "poster" | "episode_still" | "storyboard_frame";

/** A character as a storyboard frame draws it: from the dossier, like its portrait. */
export interface FrameCastMember {
  id: string;
  name: string;
  /** The character's place in the cast (`characters.position`): their portrait's colours follow it. */
  position: number;
  dossier: Dossier | null;
  portrait: MediaRef | null;
}

export type ImageContext =
  | { purpose: "portrait"; blueprint: Blueprint; dossier: Dossier; characterIndex: number }
  | {
      purpose: "poster";
      blueprint: Blueprint;
      cast: { name: string; role: string; portrait: MediaRef | null }[];
      grid: MediaRef | null;
    }
  | {
      purpose: "episode_still";
      blueprint: Blueprint;
      episode: { number: number; title: string; logline: string };
      cast: { name: string; portrait: MediaRef | null }[];
    }
  | {
      purpose: "storyboard_frame";
      blueprint: Blueprint;
      shot: ShotSpec;
      /** The shot's characters in `shot.characterIds` order (unknown ids left out). */
      cast: FrameCastMember[];
    };

export interface ImageRequest {
  prompt: string;
  /** Reference images for consistency (show style, portraits, the grid). */
  references: MediaRef[];
  size: Size;
  context: ImageContext;
  model: string;
  signal?: AbortSignal;
}

export interface ImageResult {
  data: Buffer;
  mime: "image/png" | "image/jpeg" | "image/webp";
  size: Size;
  model: string;
  costUsd: number;
}

export interface ImageProvider {
  readonly id: string;
  /** One image in one call. For a provider with `jobs`, only for callers that cannot checkpoint. */
  generate(request: ImageRequest): Promise<ImageResult>;
  /**
   * Set when images are asynchronous paid jobs (Replicate predictions): the pipeline then runs
   * them through the paid-job protocol (submit, checkpoint, poll, download) so a crash resumes the
   * job instead of paying for another.
   */
  readonly jobs?: ImageJobs;
  /** How often to poll `jobs`; the pipeline picks a default without it. */
  readonly pollIntervalMs?: number;
}

/** An image made as a provider job: the same life as a video job. */
export interface ImageJobs {
  submit(request: ImageRequest, signal?: AbortSignal): Promise<PaidJob>;
  status(jobId: string, signal?: AbortSignal): Promise<JobStatus>;
  /** The finished image, fitted to the size the request asked for. */
  download(jobId: string, request: ImageRequest, signal?: AbortSignal): Promise<ImageResult>;
  cancel(jobId: string): Promise<JobCancelResult>;
}

export type VideoPurpose = "character_video" | "episode_clip";

export type VideoContext =
  | { purpose: "character_video"; blueprint: Blueprint; dossier: Dossier; portrait: MediaRef }
  | {
      purpose: "episode_clip";
      blueprint: Blueprint;
      episode: { number: number; title: string; logline: string };
      still: MediaRef;
    };

export interface VideoRequest {
  prompt: string;
  references: MediaRef[];
  durationSeconds: number;
  aspect: "16:9" | "9:16" | "1:1";
  resolution: "720p" | "1080p";
  audio: boolean;
  context: VideoContext;
  model: string;
}

export type JobState = "queued" | "processing" | "succeeded" | "failed" | "canceled";
export type VideoJobState = JobState;

/** A provider job's state as its provider reports it. */
export interface JobStatus {
  state: JobState;
  /** 0..1 when the provider reports it. */
  progress?: number;
  /** Short human text, e.g. "Veo 3.1 · processing 42%". */
  stage?: string;
  /**
   * Set when state is "failed": why, for the user. `code` is a ProviderErrorCode when the adapter
   * knows the category (moderation, job_interrupted); anything else is stored as `job_failed`.
   */
  error?: { code: ProviderErrorCode | (string & {}); message: string };
}
export type VideoJobStatus = JobStatus;

/** A submitted paid job. */
export interface PaidJob {
  /** The provider's job id: the engine checkpoints it before waiting. */
  jobId: string;
  costUsd: number;
}
export type VideoJob = PaidJob;

export interface VideoDownload {
  data: Buffer;
  mime: "video/mp4" | "video/webm";
  durationSeconds?: number;
  size?: Size;
}

export interface JobCancelResult {
  /** False when the provider cannot stop the job, which then keeps billing. */
  canceled: boolean;
  note: string;
}
export type VideoCancelResult = JobCancelResult;

export interface VideoProvider {
  readonly id: string;
  /**
   * Jobs are free and live only on the machine that submitted them (the offline renderer): a
   * worker on another machine that resumes one may submit it again. Never set for paid providers.
   */
  readonly localFreeJobs?: boolean;
  submit(request: VideoRequest, signal?: AbortSignal): Promise<VideoJob>;
  status(jobId: string, signal?: AbortSignal): Promise<VideoJobStatus>;
  download(jobId: string, signal?: AbortSignal): Promise<VideoDownload>;
  cancel(jobId: string): Promise<VideoCancelResult>;
}

/**
 * A character's (or the narrator's) voice: which provider voice speaks, and how. Chosen from the
 * dossier (age, temperament, accent) by `voiceFor…` helpers and editable by the user; the
 * offline voice's pitch/rate make characters distinct on one engine.
 */
export interface VoiceSpec {
  /** The provider's voice id: an eSpeak NG voice ("en-us", "en-gb-x-rp"), "alloy", a model voice. */
  voiceId: string;
  /** eSpeak pitch 0..99 (offline); ignored by providers without it. */
  pitch: number;
  /** Words per minute, 80..260 (offline); ignored by providers without it. */
  rate: number;
  /** Standing delivery notes for the actor, e.g. "gravelly, slow, amused". */
  notes: string;
}

export interface SpeechRequest {
  text: string;
  voice: VoiceSpec;
  /** This line's delivery, merged with the voice's notes: the speech model's instructions. */
  instructions: string;
  context: { purpose: "dialogue" | "narration"; speaker: string };
  model: string;
  signal?: AbortSignal;
}

export interface MusicRequest {
  prompt: string;
  durationSeconds: number;
  context: {
    purpose: "score";
    blueprint: Blueprint;
    /** Words that set key, tempo and instrumentation: the blueprint's mood plus the episode's. */
    mood: string[];
    pace: "slow" | "medium" | "fast";
  };
  model: string;
  signal?: AbortSignal;
}

export interface AudioResult {
  data: Buffer;
  mime: "audio/wav" | "audio/mpeg";
  durationSeconds: number;
  model: string;
  costUsd: number;
}

/** A voice the provider offers, for the voice-cast picker. */
export interface VoiceOption {
  voiceId: string;
  label: string;
}

/** Audio made as a provider job (Replicate predictions): the same life as an image job. */
export interface AudioJobs {
  submitSpeech(request: SpeechRequest, signal?: AbortSignal): Promise<PaidJob>;
  submitMusic(request: MusicRequest, signal?: AbortSignal): Promise<PaidJob>;
  status(jobId: string, signal?: AbortSignal): Promise<JobStatus>;
  download(jobId: string, signal?: AbortSignal): Promise<AudioResult>;
  cancel(jobId: string): Promise<JobCancelResult>;
}

export interface AudioProvider {
  readonly id: string;
  /** Voices this provider can speak with. */
  voices(): VoiceOption[];
  /** One line of speech in one call (offline, OpenAI). Absent when only `jobs` can speak. */
  speak?(request: SpeechRequest): Promise<AudioResult>;
  /** A music bed in one call (offline). Absent when the provider makes no music or only as jobs. */
  compose?(request: MusicRequest): Promise<AudioResult>;
  /** Set when audio is made as asynchronous paid jobs: run through the paid-job protocol. */
  readonly jobs?: AudioJobs;
  readonly pollIntervalMs?: number;
}
