import type { Episode, Season } from "@/lib/client/types";
import styles from "./show-page.module.css";

export function ShowPageEpisodes({ season, episodes }: { season: Season; episodes: Episode[] }) {
  return (
    <section aria-labelledby="episodes-heading" className={styles.section}>
      <h2 id="episodes-heading">Season one</h2>
      <p className={styles.arc}>{season.seasonArc}</p>
      <p className="muted">
        {season.format.episodeCount} episodes · {season.format.runtimeMinutes} minutes ·{" "}
        {season.format.structure}
      </p>
      <ol className={styles.episodes}>
        {episodes.map((episode) => (
          <li key={episode.id}>
            {episode.still ? (
              // biome-ignore lint/performance/noImgElement: media is served by our API, not next/image
              <img
                src={episode.still.url}
                alt={`Still from episode ${episode.number}`}
                loading="lazy"
              />
            ) : (
              <div className={styles.noStill} aria-hidden="true">
                {episode.number}
              </div>
            )}
            <div>
              <p className="eyebrow">Episode {episode.number}</p>
              <h3>{episode.title}</h3>
              <p className="muted">{episode.outline.logline}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
