import { describe, expect, it } from "vitest";
import { parseFfmpegInfo } from "./inspect-video";

const withAudio = `Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'trailer.mp4':
  Metadata:
    major_brand     : isom
    encoder         : Lavf58.24.100
  Duration: 00:00:30.02, start: 0.000000, bitrate: 1234 kb/s
    Stream #0:0(und): Video: h264 (High) (avc1 / 0x31637661), yuv420p, 1280x720 [SAR 1:1 DAR 16:9], 1100 kb/s, 30 fps, 30 tbr, 15360 tbn, 60 tbc (default)
    Metadata:
      handler_name    : VideoHandler
    Stream #0:1(und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, stereo, fltp, 128 kb/s (default)
At least one output file must be specified
`;

describe("parseFfmpegInfo", () => {
  it("reads duration, size, codecs and frame rate", () => {
    expect(parseFfmpegInfo(withAudio)).toEqual({
      durationSeconds: 30.02,
      width: 1280,
      height: 720,
      videoCodec: "h264",
      audioCodec: "aac",
      fps: 30,
    });
  });

  it("reports a silent video's audio codec as null", () => {
    const silent = withAudio.replace(/ {4}Stream #0:1.*\n/, "");
    expect(parseFfmpegInfo(silent).audioCodec).toBeNull();
  });

  it("refuses what is not a video", () => {
    expect(() =>
      parseFfmpegInfo("notes.txt: Invalid data found when processing input\n", "notes.txt"),
    ).toThrow(/Not a readable video: notes.txt/);
  });
});
