import type { AssetDto } from "./assets";

/**
 * Where a storyboard's files sit inside an episode's folder of the package. The package writes
 * them there and the animatic's timeline (.otio, beside the cut) points at them, so both read
 * the same names.
 */

/** A file of the show package: its path in the ZIP and the stored asset written there. */
export interface PackageFile {
  path: string;
  asset: AssetDto;
}

export const safeName = (value: string) =>
  value
    .normalize("NFKD")
    .replace(/[^\w\s.-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 60) || "untitled";

const pad = (value: number) => String(value).padStart(2, "0");

/** A board's files under `folder`: an episode's `storyboard/`, the trailer's `trailer/`. */
export const boardPaths = (folder: string) => ({
  frame: (shotNumber: number) => `${folder}/shot-${pad(shotNumber)}`,
  clip: (shotNumber: number) => `${folder}/shot-${pad(shotNumber)}-clip`,
  take: (shotNumber: number, speaker: string, lineId: string) =>
    `${folder}/shot-${pad(shotNumber)}-${safeName(speaker)}-${lineId}`,
  score: () => `${folder}/score`,
  /** A title card the cut drew (trailer), and its end card. */
  card: (shotNumber: number) => `${folder}/shot-${pad(shotNumber)}-card`,
  endCard: () => `${folder}/end-card`,
});

export const storyboardPaths = boardPaths("storyboard");

/** The trailer's pieces, in the package's top-level `trailer/` folder. */
export const trailerPaths = boardPaths("trailer");

/** A stored file's extension, from its storage key or media URL. */
export const extensionOfKey = (key: string) => key.split(".").pop() ?? "bin";

/** A stored file's key in the media store, from its media URL. */
export const storageKeyOf = (asset: Pick<AssetDto, "url">) =>
  asset.url.replace(/^\/api\/media\//, "");
