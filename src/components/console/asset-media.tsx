import type { Asset } from "@/lib/client/types";

/** An image or a playable video, at its natural aspect inside the slot frame. */
interface AssetMediaProps {
  asset: Asset;
  label: string;
  /** A still shown before a video plays (e.g. the episode still for its clip). */
  posterUrl?: string;
  /** A WebVTT file of the video's lines, on by default (the trailer's voice-over and dialogue). */
  captionsUrl?: string;
}

export function AssetMedia({ asset, label, posterUrl, captionsUrl }: AssetMediaProps) {
  if (asset.mime.startsWith("video/")) {
    return (
      // biome-ignore lint/a11y/useMediaCaption: the track is there whenever the cut has captions
      <video
        key={asset.id}
        src={asset.url}
        controls
        playsInline
        preload="metadata"
        poster={posterUrl}
        aria-label={label}
        width={asset.width ?? undefined}
        height={asset.height ?? undefined}
        data-testid="asset-video"
      >
        {captionsUrl && (
          <track kind="captions" src={captionsUrl} srcLang="en" label="English" default />
        )}
      </video>
    );
  }
  return (
    // biome-ignore lint/performance/noImgElement: media is served by our API, not next/image
    <img
      key={asset.id}
      src={asset.url}
      alt={label}
      width={asset.width ?? undefined}
      height={asset.height ?? undefined}
      loading="lazy"
      data-testid="asset-image"
    />
  );
}
