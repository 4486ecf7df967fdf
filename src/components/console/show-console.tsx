"use client";

import Link from "next/link";
import { useEffect } from "react";
import { useShow } from "@/hooks/use-show";
import { ArtworkSection } from "./artwork-section";
import { AutopilotBanner } from "./autopilot-banner";
import { BlueprintSection } from "./blueprint-section";
import { CastSection } from "./cast-section";
import { CharacterVideosSection } from "./character-videos-section";
import styles from "./console.module.css";
import { ConsoleHero } from "./console-hero";
import { EpisodesSection } from "./episodes-section";
import { EstimatesProvider } from "./estimates-context";
import { SectionNav } from "./section-nav";
import { SpendSection } from "./spend-section";
import { TrailerSection } from "./trailer-section";

/** The studio for one show: every part of the package with its live generation state. */
export function ShowConsole({ slug }: { slug: string }) {
  const { show, error, notFound, replace } = useShow(slug);
  const title = show?.title;

  useEffect(() => {
    if (title) {
      document.title = `${title} · Studio · Greenlight`;
    }
  }, [title]);

  if (!show) {
    return (
      <div className={styles.loading}>
        {notFound ? (
          <>
            <h1>Show not found</h1>
            <p className="muted">It may have been deleted.</p>
            <Link href="/library" className="btn">
              Back to the library
            </Link>
          </>
        ) : error ? (
          <p role="alert" className="field-error">
            {error}
          </p>
        ) : (
          <p role="status" className="muted">
            Loading show…
          </p>
        )}
      </div>
    );
  }

  return (
    <EstimatesProvider show={show}>
      <div className={styles.console} data-testid="show-console" data-show-id={show.id}>
        <ConsoleHero show={show} onChange={replace} />
        <AutopilotBanner show={show} onChange={replace} />
        <SectionNav />
        <BlueprintSection show={show} onChange={replace} />
        <CastSection show={show} onChange={replace} />
        <ArtworkSection show={show} />
        <TrailerSection show={show} />
        <CharacterVideosSection show={show} />
        <EpisodesSection show={show} />
        <SpendSection show={show} />
      </div>
    </EstimatesProvider>
  );
}
