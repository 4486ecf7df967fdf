import { type NodeList, stringifySync } from "subtitle";
import type { CutVoice, SubtitleCue } from "./cut-plan";

/** A caption stays up a little after its line ends (reading time), but never into the next one. */
const lingerSeconds = 0.3;
/** Shorter than this, a caption flashes past unread: it borrows time from the silence after it. */
const minCueSeconds = 1;

/**
 * One cue per spoken line, in order of start. Each runs from its line's start to its end plus a
 * short linger (at least `minCueSeconds`), cut short by the next cue and by the end of the cut, so
 * cues never overlap and a player shows one at a time. Lines with no text make no cue.
 */
export function cuesFromVoices(voices: readonly CutVoice[], totalSeconds: number): SubtitleCue[] {
  const spoken = voices
    .map((voice) => ({ ...voice, text: oneLine(voice.text), speaker: oneLine(voice.speaker) }))
    .filter((voice) => voice.text !== "" && voice.startSeconds < totalSeconds)
    .sort((a, b) => a.startSeconds - b.startSeconds);
  return spoken.map((voice, index) => {
    const startSeconds = Math.max(0, voice.startSeconds);
    const wanted = Math.max(voice.durationSeconds + lingerSeconds, minCueSeconds);
    const next = spoken[index + 1]?.startSeconds ?? Number.POSITIVE_INFINITY;
    const endSeconds = Math.min(startSeconds + wanted, next, totalSeconds);
    return { startSeconds, endSeconds, text: voice.text, speaker: voice.speaker };
  });
}

/**
 * WebVTT with the speaker as a voice span (`<v Ada>…</v>`), which players can style and screen
 * readers announce. Text and names are escaped (`&`, `<`, `>`), so a line can neither open a tag
 * nor end its cue's timing line (`-->`).
 */
export function toWebVtt(cues: readonly SubtitleCue[]): string {
  return stringifySync(
    [
      { type: "header", data: "WEBVTT" },
      ...cueNodes(cues, (cue) =>
        cue.speaker === ""
          ? escapeVtt(cue.text)
          : `<v ${escapeVtt(cue.speaker)}>${escapeVtt(cue.text)}</v>`,
      ),
    ],
    { format: "WebVTT" },
  );
}

/**
 * SRT with the speaker in front in capitals ("ADA: …"), the subtitling convention for naming who
 * speaks. SRT has no escapes; an arrow in the text is shortened so no parser reads it as timing.
 */
export function toSrt(cues: readonly SubtitleCue[]): string {
  return stringifySync(
    cueNodes(cues, (cue) => noArrow(captionLine(cue))),
    { format: "SRT" },
  );
}

/** The caption as shown on screen (SRT and burned-in captions): "ADA: line", or the narrator's line. */
export function captionLine(cue: Pick<SubtitleCue, "speaker" | "text">): string {
  return cue.speaker === "" ? cue.text : `${cue.speaker.toUpperCase()}: ${cue.text}`;
}

function cueNodes(cues: readonly SubtitleCue[], text: (cue: SubtitleCue) => string): NodeList {
  return cues.map((cue) => ({
    type: "cue",
    // Whole milliseconds: the library formats the fraction with Math.floor.
    data: { start: toMs(cue.startSeconds), end: toMs(cue.endSeconds), text: text(cue) },
  }));
}

function toMs(seconds: number): number {
  return Math.max(0, Math.round(seconds * 1000));
}

/**
 * Captions are one paragraph: a blank line would end the cue early in both formats, and players
 * wrap lines themselves. Control characters go too.
 */
function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\s]+/gu, " ").trim();
}

function escapeVtt(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function noArrow(text: string): string {
  return text.replace(/-{2,}>/g, "->");
}
