import Link from "next/link";
import type { ShowDetail } from "@/lib/client/types";
import { ShowPoster } from "../shows/show-poster";
import { Icon } from "../ui/icon";
import styles from "./show-page.module.css";
import { ShowPageCast } from "./show-page-cast";
import { ShowPageEpisodes } from "./show-page-episodes";

/** The shareable, read-only page of a show. */
export function ShowPageView({ show }: { show: ShowDetail }) {
  const title = show.title ?? "Untitled show";
  const blueprint = show.blueprint;
  return (
    <article className={styles.page} data-testid="show-page">
      <header className={styles.hero}>
        {show.poster && (
          <div
            className={styles.backdrop}
            style={{ backgroundImage: `url(${show.poster.url})` }}
            aria-hidden="true"
          />
        )}
        <div className={`container ${styles.heroInner}`}>
          <div className={styles.poster}>
            <ShowPoster poster={show.poster} title={title} seed={show.id} priority />
          </div>
          <div className={styles.heroText}>
            {blueprint && (
              <p className="eyebrow">
                {blueprint.genre} · {blueprint.productionStyle.medium}
              </p>
            )}
            <h1 className={styles.title}>{title}</h1>
            {blueprint?.tagline && <p className={styles.tagline}>{blueprint.tagline}</p>}
            <p className={styles.logline}>{show.logline ?? show.premise}</p>
            <div className={styles.actions}>
              <a
                href={`/api/shows/${show.id}/package.zip`}
                className="btn btn-primary btn-lg"
                download
                data-testid="download-package"
              >
                <Icon name="download" /> Download package
              </a>
              <Link href={`/shows/${show.slug}`} className="btn btn-lg">
                Open in studio
              </Link>
            </div>
          </div>
        </div>
      </header>
      <div className={`container ${styles.body}`}>
        {show.trailer && (
          <section aria-labelledby="trailer-heading" className={styles.section}>
            <h2 id="trailer-heading">Trailer</h2>
            {/* biome-ignore lint/a11y/useMediaCaption: generated animatics have no dialogue to caption */}
            <video
              className={styles.trailer}
              src={show.trailer.url}
              controls
              playsInline
              preload="metadata"
              poster={show.grid?.url}
              aria-label={`Trailer for ${title}`}
            />
          </section>
        )}
        {show.characters.length > 0 && <ShowPageCast characters={show.characters} />}
        {show.season && <ShowPageEpisodes season={show.season} episodes={show.episodes} />}
      </div>
    </article>
  );
}
