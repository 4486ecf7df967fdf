/**
 * Where a storyboard's files sit inside an episode's folder of the package. The package writes
 * them there and the animatic's timeline (.otio, beside the cut) points at them, so both read
 * the same names.
 */

export const safeName = (value: string) =>
  value
    .normalize("NFKD")
    .replace(/[^\w\s.-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 60) || "untitled";

const pad = (value: number) => String(value).padStart(2, "0");

export const storyboardPaths = {
  frame: (shotNumber: number) => `storyboard/shot-${pad(shotNumber)}`,
  clip: (shotNumber: number) => `storyboard/shot-${pad(shotNumber)}-clip`,
  take: (shotNumber: number, speaker: string, lineId: string) =>
    `storyboard/shot-${pad(shotNumber)}-${safeName(speaker)}-${lineId}`,
  score: () => "storyboard/score",
};

/** A stored file's extension, from its storage key or media URL. */
export const extensionOfKey = (key: string) => key.split(".").pop() ?? "bin";
