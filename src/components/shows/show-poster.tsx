import type { Asset } from "@/lib/client/types";
import styles from "./show-poster.module.css";

interface ShowPosterProps {
  poster: Asset | null;
  title: string;
  /** Seeds the placeholder's colours so each show keeps its own. */
  seed: string;
  sizes?: string;
  priority?: boolean;
}

/** The library poster (2:3), or a typographic placeholder until one is generated. */
export function ShowPoster({ poster, title, seed, priority }: ShowPosterProps) {
  if (poster) {
    return (
      // biome-ignore lint/performance/noImgElement: media is served by our API, not next/image
      <img
        className={styles.poster}
        src={poster.url}
        alt={`Poster for ${title}`}
        width={poster.width ?? 1024}
        height={poster.height ?? 1536}
        loading={priority ? "eager" : "lazy"}
      />
    );
  }
  const hue = hueOf(seed);
  return (
    <div
      className={`${styles.poster} ${styles.placeholder}`}
      style={{ "--hue": hue } as React.CSSProperties}
      role="img"
      aria-label={`${title} — poster not generated yet`}
    >
      <span className={styles.placeholderEyebrow}>In development</span>
      <span className={styles.placeholderTitle}>{title}</span>
    </div>
  );
}

/** FNV-1a: ids that differ only in a few characters still land on far-apart hues. */
function hueOf(seed: string): number {
  let hash = 0x811c9dc5;
  for (const char of seed) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 360;
}
