import type { Asset } from "@/lib/client/types";
import styles from "./storyboard.module.css";

/** The episode's cut with its captions as a track, and the caption files to download. */
export function AnimaticPlayer(props: {
  animatic: Asset;
  captions: Asset | null;
  srt: Asset | null;
  timeline: Asset | null;
  current: boolean;
  /** The latest export with the captions drawn into the picture, if one was made. */
  burned: Asset | null;
  onBurn: () => void;
  busy: boolean;
}) {
  const { animatic, captions, srt } = props;
  return (
    <figure className={styles.player}>
      <video controls preload="metadata" src={animatic.url} data-testid="animatic-video">
        <track
          kind="captions"
          src={captions?.url}
          srcLang="en"
          label={captions ? "English" : "No captions"}
          default
        />
      </video>
      <figcaption className="muted">
        Animatic · {Math.round(animatic.durationSeconds ?? 0)} s
        {!props.current && " · the board changed since this cut"} ·{" "}
        <a href={animatic.url} download>
          MP4
        </a>
        {captions && (
          <>
            {" · "}
            <a href={captions.url} download>
              WebVTT
            </a>
          </>
        )}
        {srt && (
          <>
            {" · "}
            <a href={srt.url} download>
              SRT
            </a>
          </>
        )}
        {props.timeline && (
          <>
            {" · "}
            <a href={props.timeline.url} download>
              Timeline (.otio)
            </a>
          </>
        )}
        {props.burned && (
          <>
            {" · "}
            <a href={props.burned.url} download>
              MP4 with burned-in captions
            </a>
          </>
        )}{" "}
        <button
          type="button"
          className="btn btn-sm btn-ghost"
          disabled={props.busy}
          onClick={props.onBurn}
        >
          {props.burned ? "Export again with burned-in captions" : "Export with burned-in captions"}
        </button>
      </figcaption>
    </figure>
  );
}
