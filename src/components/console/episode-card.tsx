import type { Episode } from "@/lib/client/types";
import { AssetSlot } from "./asset-slot";
import styles from "./console.module.css";

export function EpisodeCard({ showId, episode }: { showId: string; episode: Episode }) {
  return (
    <li className={`card ${styles.episode}`} data-testid="episode-card">
      <div className={styles.episodeText}>
        <p className="eyebrow">Episode {episode.number}</p>
        <h3>{episode.title}</h3>
        <p>{episode.outline.logline}</p>
        <details className={styles.dossier}>
          <summary>A and B plots</summary>
          <dl>
            <div>
              <dt>A plot</dt>
              <dd>{episode.outline.aPlot}</dd>
            </div>
            <div>
              <dt>B plot</dt>
              <dd>{episode.outline.bPlot}</dd>
            </div>
          </dl>
        </details>
      </div>
      <AssetSlot
        showId={showId}
        kind="episode_still"
        target={episode.id}
        asset={episode.still}
        label={`Still from episode ${episode.number}`}
        generateLabel="Generate still"
        aspect="16/9"
        icon="image"
      />
      <AssetSlot
        showId={showId}
        kind="episode_clip"
        target={episode.id}
        asset={episode.clip}
        label={`Clip from episode ${episode.number}`}
        generateLabel="Generate clip"
        aspect="16/9"
        icon="video"
        blockedBy={episode.still ? undefined : "Needs a still first"}
        posterUrl={episode.still?.url}
      />
    </li>
  );
}
