"use client";

import { useState } from "react";
import type { ShowDetail } from "@/lib/client/types";
import { ConsoleSection } from "../console/console-section";
import styles from "./storyboard.module.css";
import { StoryboardBoard } from "./storyboard-board";

/**
 * Per episode: the cold open as a board of shot cards, its voice cast and its animatic. Nothing
 * here exists before the season plan; then any episode's board can be made.
 */
export function StoryboardSection({ show }: { show: ShowDetail }) {
  const episodes = show.episodes.filter((episode) => !episode.skipped);
  const [chosen, setChosen] = useState<string | null>(null);
  const episode = episodes.find((candidate) => candidate.id === chosen) ?? episodes[0] ?? null;
  return (
    <ConsoleSection
      id="storyboard"
      title="Storyboards"
      description="Each episode's cold open as shots: frames drawn from the cast, voiced lines, a score, and the animatic cut from them."
    >
      {!episode ? (
        <p className="muted" data-testid="storyboard-empty">
          Plan the season first: every episode gets a storyboard of its cold open.
        </p>
      ) : (
        <>
          {episodes.length > 1 && (
            <div className={styles.episodeTabs} role="tablist" aria-label="Episode">
              {episodes.map((candidate) => (
                <button
                  key={candidate.id}
                  type="button"
                  role="tab"
                  aria-selected={candidate.id === episode.id}
                  className={candidate.id === episode.id ? styles.tabActive : styles.tab}
                  onClick={() => setChosen(candidate.id)}
                >
                  {candidate.number}
                  {candidate.shotCount > 0 && <span className={styles.tabDot} aria-hidden />}
                </button>
              ))}
            </div>
          )}
          <StoryboardBoard key={episode.id} show={show} episode={episode} />
        </>
      )}
    </ConsoleSection>
  );
}
