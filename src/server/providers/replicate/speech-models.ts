import type { SpeechRequest } from "../types";
import { minimaxVoiceCatalog } from "../voices/paid-voices";
import { voiceOptionsOf } from "../voices/voice-catalog";
import { neutralRate } from "../voices/voice-spec-schema";
import { clamp } from "./model-inputs";
import type { ReplicateSpeechModel } from "./models";

/**
 * Speech models on Replicate (input names from their published schemas, mid 2026). A line's
 * delivery becomes the model's emotion; the cast voice's rate and pitch its speed and semitones,
 * so two characters sharing a MiniMax voice still sound apart.
 */

/** MiniMax's emotions, and the delivery words that ask for each (first match wins). */
const minimaxEmotions: readonly [string, RegExp][] = [
  ["angry", /\b(angr\w*|furious\w*|shout\w*|yell\w*|rage\w*|snap\w*|bitter\w*)\b/],
  ["fearful", /\b(afraid|scared|fear\w*|terrified|panick\w*|nervous\w*|trembl\w*)\b/],
  ["sad", /\b(sad\w*|tearful\w*|mournful\w*|grie\w*|sorrow\w*|broken|choked|weep\w*)\b/],
  ["surprised", /\b(surpris\w*|shock\w*|astonish\w*|stunned|incredulous\w*|gasp\w*)\b/],
  ["disgusted", /\b(disgust\w*|revolt\w*|repuls\w*|sneer\w*)\b/],
  ["happy", /\b(happ\w*|cheer\w*|delight\w*|excit\w*|joy\w*|warm\w*|laugh\w*|gleeful\w*)\b/],
  ["calm", /\b(calm\w*|gentl\w*|soft\w*|quiet\w*|soothing|measured|whisper\w*)\b/],
];

/** The line's delivery first, the voice's standing notes after: "shouting" beats "calm". */
function emotionFor(request: SpeechRequest): string {
  const notes = request.voice.notes.trim();
  const delivery = notes ? request.instructions.replace(notes, " ") : request.instructions;
  for (const text of [delivery, notes]) {
    const words = ` ${text.toLowerCase()} `;
    const match = minimaxEmotions.find(([, pattern]) => pattern.test(words));
    if (match) {
      return match[0];
    }
  }
  return "auto";
}

/**
 * minimax/speech-2.6-turbo: 17 system voices (or a cloned voice id), speed 0.5–2, pitch ±12
 * semitones, emotion, up to 10,000 characters; WAV at 24 kHz mono so the cut mixes it losslessly.
 */
const minimaxSpeech26Turbo: ReplicateSpeechModel = {
  kind: "speech",
  id: "minimax/speech-2.6-turbo",
  label: "MiniMax Speech 2.6 Turbo",
  maxReferences: 0,
  voices: voiceOptionsOf(minimaxVoiceCatalog),
  buildInput(request) {
    const { voice } = request;
    return {
      text: request.text,
      voice_id: voice.voiceId,
      speed: Math.round(clamp(voice.rate / neutralRate, 0.5, 2) * 100) / 100,
      // eSpeak's 0..99 pitch in tens: 50 is the voice's own, each ten a semitone.
      pitch: clamp(Math.floor(voice.pitch / 10) - 5, -12, 12),
      emotion: emotionFor(request),
      volume: 1,
      audio_format: "wav",
      sample_rate: 24000,
      channel: "mono",
      language_boost: "English",
      english_normalization: true,
    };
  },
};

export const builtInSpeechModels: readonly ReplicateSpeechModel[] = [minimaxSpeech26Turbo];
