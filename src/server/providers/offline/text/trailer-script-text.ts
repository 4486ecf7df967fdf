import { stripUnsafeCharacters } from "../../../shows/safe-text";
import { truncateAtWord } from "../../../shows/truncate-text";

/**
 * The small text measures the trailer writer leans on everywhere: counting words, whether a line
 * can be said in a shot, sentences of the show's own prose, and text cut to what a field holds.
 * Kept apart so the beats, the stakes and the timing all count words the same way.
 */

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Short enough to say in the time, and to print: a premise's 300-letter "word" is neither. */
export function fits(text: string, maxWords: number): boolean {
  return text.trim().length > 0 && wordCount(text) <= maxWords && text.length <= maxWords * 14;
}

export function unique(texts: readonly string[]): string[] {
  return [...new Set(texts.map((text) => text.trim()).filter(Boolean))];
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export function sentencesOf(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => sentence.length > 0);
}

/** An outline's first sentence as an action: a quick cut shows one situation. */
export function firstSentence(text: string): string {
  return truncateAtWord(sentencesOf(text)[0] ?? text, 200).replace(/[.!?]+$/, "");
}

export function sentenceOf(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function clip(text: string, max: number): string {
  return truncateAtWord(stripUnsafeCharacters(text), max);
}

export function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}])${escaped}(?![\\p{L}])`, "u").test(text);
}
