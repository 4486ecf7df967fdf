import path from "node:path";
import type { Env } from "../config/env";
import type { ProviderChoice } from "../shows/show-settings";
import type { MediaStore } from "../storage/media-store";
import { createOfflineAudioProvider } from "./offline/audio/offline-audio-provider";
import { composeScore } from "./offline/audio/score/compose-score";
import { createOfflineImageProvider } from "./offline/image/offline-image-provider";
import { renderTitleCard } from "./offline/image/title-card";
import { createOfflineTextProvider } from "./offline/text/offline-text-provider";
import { createOfflineVideoProvider } from "./offline/video/offline-video-provider";
import { ProviderError } from "./provider-error";
import type { AudioProvider, ImageProvider, TextProvider, VideoProvider } from "./types";

export type ProviderName = ProviderChoice["provider"];

/** Adapters for one provider; a provider may offer only some asset types (OpenAI has no video). */
export interface ProviderAdapters {
  text?: TextProvider;
  image?: ImageProvider;
  video?: VideoProvider;
  /** Speech and music: a show's `audio` and `music` choices both resolve here. */
  audio?: AudioProvider;
}

export interface ProviderRegistry {
  text(choice: ProviderChoice): TextProvider;
  image(choice: ProviderChoice): ImageProvider;
  video(choice: ProviderChoice): VideoProvider;
  audio(choice: ProviderChoice): AudioProvider;
  /** Which providers have credentials here; keys themselves never leave the server. */
  configured(): Record<ProviderName, boolean>;
  /** Stops local renders; their job files stay, so the next process resumes them. */
  close(): Promise<void>;
}

const keyHints: Record<ProviderName, string> = {
  offline: "",
  openai: "set OPENAI_API_KEY on the server",
  replicate: "set REPLICATE_API_TOKEN on the server",
};

const displayNames: Record<ProviderName, string> = {
  offline: "The offline provider",
  openai: "OpenAI",
  replicate: "Replicate",
};

/**
 * Resolves the provider a show's settings ask for. Choosing one that is not configured, or that
 * does not make that asset type, is a terminal error telling the user what to change.
 */
export function createProviderRegistry(
  adapters: Record<ProviderName, ProviderAdapters | null>,
): ProviderRegistry {
  function pick<T>(choice: ProviderChoice, type: keyof ProviderAdapters): T {
    const set = adapters[choice.provider];
    if (!set) {
      throw new ProviderError({
        provider: choice.provider,
        code: "auth",
        userMessage: `${displayNames[choice.provider]} is not configured: ${keyHints[choice.provider]}, or pick another provider in the show settings`,
      });
    }
    const adapter = set[type];
    if (!adapter) {
      throw new ProviderError({
        provider: choice.provider,
        code: "invalid_input",
        userMessage: `${displayNames[choice.provider]} does not make ${type}; pick another ${type} provider in the show settings`,
      });
    }
    return adapter as T;
  }
  return {
    text: (choice) => pick<TextProvider>(choice, "text"),
    image: (choice) => pick<ImageProvider>(choice, "image"),
    video: (choice) => pick<VideoProvider>(choice, "video"),
    audio: (choice) => pick<AudioProvider>(choice, "audio"),
    configured: () => ({
      offline: true,
      openai: Boolean(adapters.openai),
      replicate: Boolean(adapters.replicate),
    }),
    async close() {
      for (const set of Object.values(adapters)) {
        const video = set?.video as { close?: () => Promise<void> } | undefined;
        await video?.close?.();
      }
    },
  };
}

/**
 * The offline adapters: the default, the demo and the test double. Renders keep their finished
 * segments in `media`, so a worker on another machine continues one rather than starting over.
 */
export function createOfflineAdapters(env: Env, media?: MediaStore): ProviderAdapters {
  return {
    text: createOfflineTextProvider(),
    image: createOfflineImageProvider(),
    video: createOfflineVideoProvider({
      jobsDir: path.join(env.dataDir, "render-jobs"),
      ...(media ? { media } : {}),
      ffmpegPath: env.FFMPEG_PATH,
      titleCard: renderTitleCard,
    }),
    audio: createOfflineAudioProvider({ compose: composeScore }),
  };
}
