import Link from "next/link";
import type { ShowDetail } from "@/lib/client/types";
import { Logo } from "../nav/logo";
import { ShowPoster } from "../shows/show-poster";
import { TrailerDownloads } from "../shows/trailer-downloads";
import { Icon } from "../ui/icon";
import { showLabels } from "./show-labels";
import styles from "./show-page.module.css";
import { ShowPageCast } from "./show-page-cast";
import { ShowPageEpisodes } from "./show-page-episodes";
import { TrailerPlayer } from "./trailer-player";

interface ShowPageViewProps {
  show: ShowDetail;
  /** The share link's token when the page was opened with one: the download needs it too. */
  shareToken?: string | null;
  /** The studio console, for a viewer who may edit the show; null for visitors. */
  studioHref?: string | null;
}

/** The show as a visitor sees it: poster, trailer, cast, season and the package to download. */
export function ShowPageView({ show, shareToken, studioHref }: ShowPageViewProps) {
  const title = show.title ?? "Untitled show";
  const blueprint = show.blueprint;
  const share = shareToken ? `?share=${encodeURIComponent(shareToken)}` : "";
  const labels = blueprint ? showLabels(blueprint.genre, blueprint.productionStyle.medium) : [];
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
            {labels.length > 0 && (
              <p className="eyebrow" data-testid="show-labels">
                {labels.join(" · ")}
              </p>
            )}
            <h1 className={styles.title}>{title}</h1>
            {blueprint?.tagline && <p className={styles.tagline}>{blueprint.tagline}</p>}
            <p className={styles.logline}>{show.logline ?? show.premise}</p>
            <div className={styles.actions}>
              {show.trailer && (
                <a href="#trailer" className="btn btn-primary btn-lg">
                  <Icon name="play" /> Watch the trailer
                </a>
              )}
              <a
                href={`/api/shows/${show.id}/package.zip${share}`}
                className={show.trailer ? "btn btn-lg" : "btn btn-primary btn-lg"}
                download
                data-testid="download-package"
              >
                <Icon name="download" /> Download package
              </a>
              {show.blueprint && (
                <a
                  href={`/api/shows/${show.id}/pitch-deck.pdf${share}`}
                  className="btn btn-ghost btn-lg"
                  download
                  data-testid="download-pitch-deck"
                >
                  <Icon name="download" /> Pitch deck
                </a>
              )}
              {studioHref && (
                <Link href={studioHref} className="btn btn-ghost btn-lg">
                  Open in studio
                </Link>
              )}
            </div>
          </div>
        </div>
      </header>
      <div className={`container ${styles.body}`}>
        {show.trailer && (
          <section id="trailer" aria-labelledby="trailer-heading" className={styles.section}>
            <h2 id="trailer-heading">Trailer</h2>
            <TrailerPlayer
              src={show.trailer.url}
              title={title}
              poster={show.grid?.url}
              // The cut's own WebVTT (its media URL carries a share link's token, like the video's).
              captions={
                show.trailerFiles.vtt
                  ? { src: show.trailerFiles.vtt.url, lang: "en", label: "English" }
                  : undefined
              }
            />
            <TrailerDownloads show={show} share={share} />
          </section>
        )}
        {show.characters.length > 0 && <ShowPageCast characters={show.characters} />}
        {show.season && <ShowPageEpisodes season={show.season} episodes={show.episodes} />}
      </div>
      <footer className={`container ${styles.footer}`}>
        <Logo />
        <span>Developed with Greenlight</span>
      </footer>
    </article>
  );
}
