import type { ShowDetail } from "@/lib/client/types";

/** The trailer's files as the package names them, each downloadable on its own. */
const trailerDownloads = [
  { name: "trailer.mp4", label: "MP4", has: (show: ShowDetail) => show.trailer },
  { name: "trailer.vtt", label: "WebVTT", has: (show: ShowDetail) => show.trailerFiles.vtt },
  { name: "trailer.srt", label: "SRT", has: (show: ShowDetail) => show.trailerFiles.srt },
  {
    name: "trailer.otio",
    label: "Timeline (.otio)",
    has: (show: ShowDetail) => show.trailerFiles.timeline,
  },
  {
    name: "trailer-script.json",
    label: "Script (JSON)",
    has: (show: ShowDetail) => show.trailerFiles.script,
  },
] as const;

/**
 * Links to the trailer's cut, captions, timeline and script, one file each
 * (`GET /api/shows/:id/downloads/:file`, saved as `<slug>-trailer.otio`…); `share` is the share
 * link's `?share=` query, so a visitor without an account downloads them too.
 */
export function TrailerDownloads({ show, share = "" }: { show: ShowDetail; share?: string }) {
  const available = trailerDownloads.filter((file) => file.has(show));
  if (!show.trailer || available.length === 0) {
    return null;
  }
  return (
    <p className="muted" data-testid="trailer-downloads">
      Download:{" "}
      {available.map((file, index) => (
        <span key={file.name}>
          {index > 0 && " · "}
          <a href={`/api/shows/${show.id}/downloads/${file.name}${share}`} download>
            {file.label}
          </a>
        </span>
      ))}
    </p>
  );
}
