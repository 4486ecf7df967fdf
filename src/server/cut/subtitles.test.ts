import { type NodeCue, parseSync } from "subtitle";
import { describe, expect, it } from "vitest";
import type { CutVoice } from "./cut-plan";
import { cuesFromVoices, toSrt, toWebVtt } from "./subtitles";

function voice(startSeconds: number, durationSeconds: number, text: string, speaker = "Ada") {
  return { path: "/unused.wav", startSeconds, durationSeconds, text, speaker } satisfies CutVoice;
}

function parsedCues(text: string): NodeCue["data"][] {
  return parseSync(text)
    .filter((node): node is NodeCue => node.type === "cue")
    .map((node) => node.data);
}

describe("cuesFromVoices", () => {
  it("makes one cue per line at the line's time, lingering a little but never overlapping", () => {
    const cues = cuesFromVoices(
      [voice(5, 2, "Second."), voice(1.5, 3.4, "First."), voice(7.1, 0.4, "Third.")],
      8,
    );
    expect(cues.map((cue) => [cue.startSeconds, cue.endSeconds, cue.text])).toEqual([
      [1.5, 5, "First."], // 1.5 + 3.4 + linger would reach 5.2: stopped by the next line
      [5, 7.1, "Second."],
      [7.1, 8, "Third."], // a short line is held for reading, until the end of the cut
    ]);
  });

  it("skips silent lines and folds line breaks into one paragraph", () => {
    const cues = cuesFromVoices([voice(0, 1, "  "), voice(2, 1, "Two\n\nlines\tat once")], 10);
    expect(cues).toHaveLength(1);
    expect(cues[0]!.text).toBe("Two lines at once");
  });
});

describe("toWebVtt", () => {
  it("parses back to the same cues, with the speaker as a voice span", () => {
    const cues = cuesFromVoices(
      [voice(0.5, 1.25, "We open at dawn."), voice(3723.004, 2, "Hours later.", "")],
      4000,
    );
    const vtt = toWebVtt(cues);
    expect(vtt.startsWith("WEBVTT\n\n")).toBe(true);
    expect(vtt).toContain("01:02:03.004 --> 01:02:05.304");
    expect(parsedCues(vtt)).toEqual([
      { start: 500, end: 2050, text: "<v Ada>We open at dawn.</v>" },
      { start: 3_723_004, end: 3_725_304, text: "Hours later." },
    ]);
  });

  it("escapes text that would open a tag or end the cue's timing", () => {
    const vtt = toWebVtt(cuesFromVoices([voice(1, 1, "a --> b <i>&</i>", "Tom <the> & Co")], 5));
    expect(vtt).toContain("<v Tom &lt;the&gt; &amp; Co>a --&gt; b &lt;i&gt;&amp;&lt;/i&gt;</v>");
    const [cue] = parsedCues(vtt);
    expect([cue!.start, cue!.end]).toEqual([1000, 2300]);
    expect(vtt.match(/-->/g)).toHaveLength(1);
  });
});

describe("toSrt", () => {
  it("numbers cues, uses commas in times and names the speaker in front", () => {
    const srt = toSrt(cuesFromVoices([voice(0, 1.2, "Hello."), voice(2, 1, "Meanwhile…", "")], 10));
    expect(srt).toBe(
      "1\n00:00:00,000 --> 00:00:01,500\nADA: Hello.\n\n2\n00:00:02,000 --> 00:00:03,300\nMeanwhile…\n",
    );
    expect(parsedCues(srt).map((cue) => cue.text)).toEqual(["ADA: Hello.", "Meanwhile…"]);
  });

  it("keeps an arrow in a line from reading as timing", () => {
    const srt = toSrt(cuesFromVoices([voice(0, 1, "left ---> right")], 5));
    expect(srt.match(/-->/g)).toHaveLength(1);
    expect(parsedCues(srt)[0]!.text).toBe("ADA: left -> right");
  });
});
