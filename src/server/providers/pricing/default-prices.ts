/**
 * Published list prices in US dollars (OpenAI's as of December 2026, the rest mid 2026). They
 * drift: configuration overrides them (see `createPriceTable`), and every figure here is an
 * estimate shown before a paid job starts. Keys are model ids; a dated or versioned id
 * ("gpt-4.1-2025-04-14", "owner/name:sha") falls back to its base id.
 *
 * Models OpenAI has shut down keep their price, so the cost of work already made still reads; the
 * settings catalog offers only the ones still served (openai/model-lifecycle.ts).
 */

/** Language models bill per million tokens. */
export interface TokenPrice {
  inputPerMillionUsd: number;
  outputPerMillionUsd: number;
}

/** Image models bill per image; gpt-image models report token usage that prices exactly. */
export interface ImagePrice {
  perImageUsd: number;
  tokens?: {
    textInputPerMillionUsd: number;
    imageInputPerMillionUsd: number;
    outputPerMillionUsd: number;
  };
}

/** Video models bill per second of output; some by resolution tier, some more with audio. */
export interface VideoPrice {
  perSecondUsd: number;
  /** Overrides `perSecondUsd` for 1080p where the tier costs more (Kling "pro"). */
  perSecond1080pUsd?: number;
  /** Multiplies the per-second price when native audio is generated (Veo doubles). */
  audioMultiplier?: number;
}

/**
 * Speech and music bill by what is made (minutes of audio), by what is read (characters of text),
 * or both; an estimate adds the parts a price has.
 */
export interface AudioPrice {
  /** Per minute of audio made: OpenAI's per-minute estimate for its audio tokens, music models. */
  perMinuteUsd?: number;
  /** Per million characters of input text (MiniMax bills a token per character). */
  perMillionCharactersUsd?: number;
}

export interface PriceTable {
  text: Record<string, TokenPrice>;
  image: Record<string, ImagePrice>;
  video: Record<string, VideoPrice>;
  audio: Record<string, AudioPrice>;
}

export const defaultPrices: PriceTable = {
  text: {
    // GPT-6: Astra (flagship), Sol (everyday), Terra (fast), Luna (high volume). The newest of
    // each tier and the replacements OpenAI names for the models it retires.
    "gpt-6.2-astra": { inputPerMillionUsd: 8, outputPerMillionUsd: 40 },
    "gpt-6.2-sol": { inputPerMillionUsd: 2, outputPerMillionUsd: 10 },
    "gpt-6.1-sol": { inputPerMillionUsd: 2, outputPerMillionUsd: 10 },
    "gpt-6.1-terra": { inputPerMillionUsd: 1, outputPerMillionUsd: 5 },
    "gpt-6-luna": { inputPerMillionUsd: 0.1, outputPerMillionUsd: 0.5 },
    "gpt-5": { inputPerMillionUsd: 1.25, outputPerMillionUsd: 10 },
    "gpt-5.1": { inputPerMillionUsd: 1.25, outputPerMillionUsd: 10 },
    "gpt-5-mini": { inputPerMillionUsd: 0.25, outputPerMillionUsd: 2 },
    "gpt-5-nano": { inputPerMillionUsd: 0.05, outputPerMillionUsd: 0.4 },
    "gpt-4.1": { inputPerMillionUsd: 2, outputPerMillionUsd: 8 },
    "gpt-4.1-mini": { inputPerMillionUsd: 0.4, outputPerMillionUsd: 1.6 },
    "gpt-4.1-nano": { inputPerMillionUsd: 0.1, outputPerMillionUsd: 0.4 },
    "gpt-4o": { inputPerMillionUsd: 2.5, outputPerMillionUsd: 10 },
    "gpt-4o-mini": { inputPerMillionUsd: 0.15, outputPerMillionUsd: 0.6 },
  },
  image: {
    // Per-image figures are the high-quality 1024x1024 list price (4,160 output tokens): an
    // upper-end estimate, since we let the model pick its quality. The exact cost comes from the
    // usage tokens afterwards.
    "gpt-image-2.6-sunburst": {
      perImageUsd: 0.125,
      tokens: { textInputPerMillionUsd: 5, imageInputPerMillionUsd: 8, outputPerMillionUsd: 30 },
    },
    "gpt-image-2.6-flare": {
      perImageUsd: 0.125,
      tokens: { textInputPerMillionUsd: 5, imageInputPerMillionUsd: 8, outputPerMillionUsd: 30 },
    },
    "gpt-image-1": {
      perImageUsd: 0.167,
      tokens: { textInputPerMillionUsd: 5, imageInputPerMillionUsd: 10, outputPerMillionUsd: 40 },
    },
    "gpt-image-1-mini": {
      perImageUsd: 0.036,
      tokens: { textInputPerMillionUsd: 2, imageInputPerMillionUsd: 2.5, outputPerMillionUsd: 8 },
    },
    "gpt-image-1.5": {
      perImageUsd: 0.133,
      tokens: { textInputPerMillionUsd: 5, imageInputPerMillionUsd: 8, outputPerMillionUsd: 32 },
    },
    "gpt-image-2": {
      perImageUsd: 0.125,
      tokens: { textInputPerMillionUsd: 5, imageInputPerMillionUsd: 8, outputPerMillionUsd: 30 },
    },
    "google/nano-banana-pro": { perImageUsd: 0.15 },
    "black-forest-labs/flux-1.1-pro": { perImageUsd: 0.04 },
    "bytedance/seedream-4.5": { perImageUsd: 0.04 },
  },
  video: {
    "google/veo-3.1": { perSecondUsd: 0.2, audioMultiplier: 2 },
    "google/veo-3.1-fast": { perSecondUsd: 0.1, audioMultiplier: 1.5 },
    "kwaivgi/kling-v2.1": { perSecondUsd: 0.05, perSecond1080pUsd: 0.09 },
    "kwaivgi/kling-v3-video": {
      perSecondUsd: 0.168,
      perSecond1080pUsd: 0.224,
      audioMultiplier: 1.5,
    },
  },
  audio: {
    // $12 per 1M audio tokens out, which OpenAI estimates at $0.015 a minute, and $0.60 per 1M
    // text tokens in (about four characters each: $0.15 per 1M characters).
    "gpt-4o-mini-tts": { perMinuteUsd: 0.015, perMillionCharactersUsd: 0.15 },
    "tts-1": { perMillionCharactersUsd: 15 },
    "tts-1-hd": { perMillionCharactersUsd: 30 },
    // $0.06 per 1,000 input tokens, one per character; audio out is free.
    "minimax/speech-2.6-turbo": { perMillionCharactersUsd: 60 },
    // A community model billed by GPU time: about $0.0023 per second of music on an A100.
    "meta/musicgen": { perMinuteUsd: 0.14 },
  },
};
