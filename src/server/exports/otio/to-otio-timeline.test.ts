import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CutPlan, CutShot } from "../../cut/cut-plan";
import { planTimeline } from "../../cut/cut-timeline";
import { timeShots } from "../../cut/time-shots";
import { otioInputFromCut } from "./otio-from-cut";
import { parseOtio, placeItems, schemasIn, trackFrames } from "./test-otio";
import { type OtioCutInput, toOtioTimeline, writeOtio } from "./to-otio-timeline";

const fps = 24;

/** A cold open timed as the animatic times it: six shots, lines in four of them. */
function sampleCut(): { plan: CutPlan; timed: ReturnType<typeof timeShots> } {
  const lines = (shot: number, count: number) =>
    Array.from({ length: count }, (_, index) => ({
      id: `l${shot}-${index}`,
      durationSeconds: 1.37 + index * 0.41,
    }));
  const timed = timeShots([
    { id: "s1", plannedSeconds: 3.2, lines: [] },
    { id: "s2", plannedSeconds: 2.5, lines: lines(2, 2) },
    { id: "s3", plannedSeconds: 4.1, lines: lines(3, 1) },
    { id: "s4", plannedSeconds: 2, lines: lines(4, 3) },
    { id: "s5", plannedSeconds: 5.05, lines: [] },
    { id: "s6", plannedSeconds: 2.7, lines: lines(6, 1) },
  ]);
  const shots: CutShot[] = timed.map((shot, index) => ({
    id: shot.id,
    durationSeconds: shot.durationSeconds,
    visual:
      index === 4
        ? { type: "clip", path: `/data/media/shots/${shot.id}.mp4`, trimStartSeconds: 0.5 }
        : {
            type: "still",
            path: `/data/media/frames/${shot.id}.png`,
            move: "pan",
            framing: "wide",
          },
    transitionIn: index % 2 === 1 ? "dissolve" : "cut",
  }));
  const voices = timed.flatMap((shot) =>
    shot.lines.map((line) => ({
      path: `/data/media/voices/${line.id}.wav`,
      startSeconds: line.startSeconds,
      durationSeconds: line.durationSeconds,
      text: `Line ${line.id}`,
      speaker: line.id.endsWith("-0") ? "Mei-Ling" : "",
    })),
  );
  const plan: CutPlan = {
    width: 1280,
    height: 720,
    fps,
    shots,
    voices,
    music: { path: "/data/media/score.mp3" },
    loudnessLufs: -16,
    burnCaptions: false,
  };
  return { plan, timed };
}

function exportSample(): { plan: CutPlan; timed: ReturnType<typeof timeShots>; text: string } {
  const { plan, timed } = sampleCut();
  const input = otioInputFromCut(plan, {
    name: "Night Market — cold open",
    packagePath: (local) => `media/${path.basename(local)}`,
    musicDurationSeconds: 8,
  });
  return { plan, timed, text: writeOtio(toOtioTimeline(input)) };
}

describe("the OTIO export of a cut", () => {
  it("is a Timeline of a Stack with a picture, a voice and a music track, in OTIO 0.14 schemas", () => {
    const { text } = exportSample();
    const timeline = parseOtio(text);
    expect(timeline.name).toBe("Night Market — cold open");
    expect(timeline.tracks.children.map((track) => [track.name, track.kind])).toEqual([
      ["Picture", "Video"],
      ["Voice", "Audio"],
      ["Music", "Audio"],
    ]);
    const allowed = [
      "Timeline.1",
      "Stack.1",
      "Track.1",
      "Clip.1",
      "Gap.1",
      "Transition.1",
      "ExternalReference.1",
      "TimeRange.1",
      "RationalTime.1",
    ];
    expect([...schemasIn(timeline)].every((schema) => allowed.includes(schema))).toBe(true);
  });

  it("makes every track exactly as long as the rendered cut, in whole frames", () => {
    const { plan, text } = exportSample();
    const rendered = planTimeline(plan.shots, fps);
    const seconds = plan.shots.reduce((sum, shot) => sum + shot.durationSeconds, 0);
    expect(rendered.totalFrames).toBe(Math.round(seconds * fps));
    for (const track of parseOtio(text).tracks.children) {
      expect(trackFrames(track.children), track.name).toBe(rendered.totalFrames);
      for (const placed of placeItems(track.children)) {
        const rate = "source_range" in placed.item ? placed.item.source_range?.duration.rate : fps;
        expect(rate).toBe(fps);
      }
    }
  });

  it("puts each shot on the frames the renderer shows it, from its file in the package", () => {
    const { plan, text } = exportSample();
    const rendered = planTimeline(plan.shots, fps);
    const picture = parseOtio(text).tracks.children[0]!;
    const clips = placeItems(picture.children).filter(
      (placed) => placed.item.OTIO_SCHEMA === "Clip.1",
    );
    expect(clips.map((placed) => [placed.item.name, placed.startFrame, placed.frames])).toEqual(
      rendered.spans.map((span) => [span.id, span.startFrame, span.frames]),
    );
    const first = clips[0]!.item;
    expect(first.OTIO_SCHEMA === "Clip.1" && first.media_reference.target_url).toBe("media/s1.png");
    // The trimmed clip starts half a second into its source.
    const trimmed = clips[4]!.item;
    expect(trimmed.OTIO_SCHEMA === "Clip.1" && trimmed.source_range?.start_time.value).toBe(12);
    // A dissolve into every second shot, starting on the cut, as long as the renderer's.
    const dissolves = placeItems(picture.children).filter(
      (placed) => placed.item.OTIO_SCHEMA === "Transition.1",
    );
    expect(dissolves.map((placed) => [placed.startFrame, placed.frames])).toEqual(
      rendered.spans
        .filter((span) => span.dissolveFrames > 0)
        .map((span) => [span.startFrame, span.dissolveFrames]),
    );
  });

  it("starts each voice clip where the cut places the line, with gaps between", () => {
    const { timed, text } = exportSample();
    const voice = parseOtio(text).tracks.children[1]!;
    const placed = placeItems(voice.children);
    const clips = placed.filter((entry) => entry.item.OTIO_SCHEMA === "Clip.1");
    const lines = timed.flatMap((shot) => shot.lines);
    expect(clips).toHaveLength(lines.length);
    clips.forEach((entry, index) => {
      const line = lines[index]!;
      expect(entry.startFrame).toBe(Math.round(line.startSeconds * fps));
      expect(entry.frames).toBe(
        Math.round((line.startSeconds + line.durationSeconds) * fps) - entry.startFrame,
      );
      expect(entry.item.metadata).toEqual({
        greenlight: { text: `Line ${line.id}`, speaker: line.id.endsWith("-0") ? "Mei-Ling" : "" },
      });
    });
    // Silence between lines is a Gap, not nothing.
    expect(placed[0]!.item.OTIO_SCHEMA).toBe("Gap.1");
    expect(placed.filter((entry) => entry.item.OTIO_SCHEMA === "Gap.1").length).toBeGreaterThan(
      lines.length - 1,
    );
  });

  it("loops a short score under the whole cut", () => {
    const { plan, text } = exportSample();
    const total = planTimeline(plan.shots, fps).totalFrames;
    const music = parseOtio(text).tracks.children[2]!;
    const frames = placeItems(music.children).map((placed) => placed.frames);
    expect(frames.slice(0, -1).every((value) => value === 8 * fps)).toBe(true);
    expect(frames.reduce((sum, value) => sum + value, 0)).toBe(total);
    expect(music.children.length).toBe(Math.ceil(total / (8 * fps)));
  });

  it("gives overlapping lines a second voice track, and encodes media paths as relative URLs", () => {
    const input: OtioCutInput = {
      name: "Overlap",
      fps: 25,
      shots: [{ name: "one", mediaPath: "media/shot 1.png", startSeconds: 0, durationSeconds: 6 }],
      voices: [
        {
          name: "a",
          mediaPath: "media/a.wav",
          startSeconds: 1,
          durationSeconds: 2,
          text: "A",
          speaker: "",
        },
        {
          name: "b",
          mediaPath: "media/b.wav",
          startSeconds: 2,
          durationSeconds: 2,
          text: "B",
          speaker: "",
        },
        {
          name: "c",
          mediaPath: "media/c.wav",
          startSeconds: 3.5,
          durationSeconds: 1,
          text: "C",
          speaker: "",
        },
      ],
      music: null,
    };
    const timeline = parseOtio(writeOtio(toOtioTimeline(input)));
    expect(timeline.tracks.children.map((track) => track.name)).toEqual([
      "Picture",
      "Voice",
      "Voice 2",
    ]);
    const [picture, first, second] = timeline.tracks.children;
    const url = picture!.children[0]!;
    expect(url.OTIO_SCHEMA === "Clip.1" && url.media_reference.target_url).toBe(
      "media/shot%201.png",
    );
    const names = (track: typeof first) =>
      placeItems(track!.children)
        .filter((entry) => entry.item.OTIO_SCHEMA === "Clip.1")
        .map((entry) => [entry.item.name, entry.startFrame]);
    expect(names(first)).toEqual([
      ["a", 25],
      ["c", 88],
    ]);
    expect(names(second)).toEqual([["b", 50]]);
    expect(trackFrames(second!.children)).toBe(150);
  });
});
