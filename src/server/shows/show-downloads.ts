import { notFound } from "../errors";
import type { AssetDto } from "./assets";
import { packageFiles } from "./show-package";
import type { ShowDetail } from "./show-views";
import { safeName } from "./storyboard-package-paths";

/** A file of the package to download on its own, and the name it is saved under. */
export interface ShowDownload {
  /** The media store's key of the stored file. */
  key: string;
  asset: AssetDto;
  /** `<show slug>-<name in the package>`, e.g. `night-shift-trailer.otio`. */
  filename: string;
}

/**
 * One of the package's top-level files by its name there (`trailer.mp4`, `trailer.vtt`,
 * `trailer.srt`, `trailer.otio`, `trailer-script.json`, `poster.png`, …), so each can be
 * downloaded alone under the same name as in the ZIP, prefixed with the show. 404 for any other
 * name, and for a file the show does not have yet.
 */
export function findShowDownload(show: ShowDetail, name: string): ShowDownload {
  const file = packageFiles(show).find((candidate) => candidate.path === name);
  if (!file || file.path.includes("/")) {
    throw notFound("File");
  }
  return {
    key: file.asset.url.replace(/^\/api\/media\//, ""),
    asset: file.asset,
    filename: `${safeName(show.slug)}-${file.path}`,
  };
}
