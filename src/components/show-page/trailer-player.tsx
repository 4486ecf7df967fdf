import styles from "./show-page.module.css";

/** A captions file for the trailer (WebVTT), e.g. from a show's subtitles asset. */
export interface CaptionsTrack {
  src: string;
  /** BCP 47, e.g. "en". */
  lang: string;
  /** What the player's captions menu calls it, e.g. "English". */
  label: string;
}

interface TrailerPlayerProps {
  src: string;
  title: string;
  /** A still to show before it plays (the cast grid). */
  poster?: string;
  /** Shown on by default when given; a trailer of music and title cards has none. */
  captions?: CaptionsTrack;
}

/** The trailer as a visitor plays it: native controls, and captions when the show has them. */
export function TrailerPlayer({ src, title, poster, captions }: TrailerPlayerProps) {
  return (
    // biome-ignore lint/a11y/useMediaCaption: the track is there whenever the show has subtitles
    <video
      className={styles.trailer}
      src={src}
      controls
      playsInline
      preload="metadata"
      poster={poster}
      aria-label={`Trailer for ${title}`}
      data-testid="trailer-player"
    >
      {captions && (
        <track
          kind="captions"
          src={captions.src}
          srcLang={captions.lang}
          label={captions.label}
          default
        />
      )}
    </video>
  );
}
