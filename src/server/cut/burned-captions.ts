import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { interFontDirectory } from "../providers/offline/font-files";
import type { SubtitleCue } from "./cut-plan";

/**
 * Burned-in captions are drawn by libass (ffmpeg's `ass` filter, built into the bundled ffmpeg)
 * from an ASS file we write. libass finds fonts through fontconfig, which we point at a config of
 * our own listing only the Inter files shipped by @fontsource/inter: captions look the same on a
 * machine with no fonts at all, and never pick up whatever a host happens to have. The subsets
 * (latin, latin-ext, cyrillic, greek, vietnamese) are separate files of one family; fontconfig's
 * per-glyph fallback stitches them together.
 */

export const captionsFileName = "captions.ass";
const fontConfigFileName = "fonts.conf";

/** Writes the ASS file and the font config into `workDir`; returns the environment ffmpeg needs. */
export async function writeBurnedCaptions(
  cues: readonly SubtitleCue[],
  size: { width: number; height: number },
  workDir: string,
): Promise<NodeJS.ProcessEnv> {
  // One cache for every render: fontconfig scans the 250 font files once, not per cut.
  const cacheDir = path.join(os.tmpdir(), "greenlight-fontconfig-cache");
  await mkdir(cacheDir, { recursive: true });
  const fontConfig = path.join(workDir, fontConfigFileName);
  await Promise.all([
    writeFile(path.join(workDir, captionsFileName), assDocument(cues, size)),
    writeFile(fontConfig, fontConfigXml(interFontDirectory(), cacheDir)),
  ]);
  return { ...process.env, FONTCONFIG_FILE: fontConfig };
}

/**
 * White Inter with a dark outline and soft shadow, bottom centre, in the lower tenth of the
 * frame; the speaker's name in bold capitals, the narrator in italics. Sizes follow the frame
 * height so a 9:16 cut and a 16:9 cut read alike.
 */
export function assDocument(
  cues: readonly SubtitleCue[],
  size: { width: number; height: number },
): string {
  const fontSize = Math.round(Math.min(size.height, size.width * 1.2) * 0.05);
  const outline = Math.max(1, Math.round(size.height / 360));
  const marginV = Math.round(size.height * 0.06);
  const marginH = Math.round(size.width * 0.08);
  const events = cues.map((cue) => {
    const text = assText(cue.text);
    const line =
      cue.speaker === ""
        ? `{\\i1}${text}{\\i0}`
        : `{\\b1}${assText(cue.speaker.toUpperCase())}:{\\b0} ${text}`;
    return `Dialogue: 0,${assTime(cue.startSeconds)},${assTime(cue.endSeconds)},Caption,,0,0,0,,${line}`;
  });
  return [
    "[Script Info]",
    "ScriptType: v4.00+",
    `PlayResX: ${size.width}`,
    `PlayResY: ${size.height}`,
    "WrapStyle: 0",
    "ScaledBorderAndShadow: yes",
    "",
    "[V4+ Styles]",
    "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
    `Style: Caption,Inter,${fontSize},&H00FFFFFF,&H00FFFFFF,&H00101010,&H80000000,0,0,0,0,100,100,0,0,1,${outline},1,2,${marginH},${marginH},${marginV},1`,
    "",
    "[Events]",
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    ...events,
    "",
  ].join("\n");
}

/** H:MM:SS.cc, the ASS clock (centiseconds). */
function assTime(seconds: number): string {
  const centis = Math.max(0, Math.round(seconds * 100));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const secs = Math.floor((centis % 6000) / 100);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${hours}:${pad(minutes)}:${pad(secs)}.${pad(centis % 100)}`;
}

/**
 * Dialogue text that cannot act as markup: braces open override blocks and a backslash starts
 * an escape (`\N`, `\h`) in ASS, and this libass has no way to quote them, so they become
 * parentheses and a slash. Cue text is already one line.
 */
function assText(text: string): string {
  return text.replaceAll("\\", "/").replaceAll("{", "(").replaceAll("}", ")");
}

function fontConfigXml(fontDir: string, cacheDir: string): string {
  const xml = (value: string) =>
    value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    "<fontconfig>",
    `  <dir>${xml(fontDir)}</dir>`,
    `  <cachedir>${xml(cacheDir)}</cachedir>`,
    // The WOFF2 twins are the same faces, which the bundled FreeType may not read.
    "  <selectfont><rejectfont><glob>*.woff2</glob></rejectfont></selectfont>",
    "</fontconfig>",
    "",
  ].join("\n");
}
