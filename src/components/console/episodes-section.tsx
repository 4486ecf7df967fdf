"use client";

import { useSlotState } from "@/hooks/use-slot-task";
import type { ShowDetail } from "@/lib/client/types";
import styles from "./console.module.css";
import { ConsoleSection } from "./console-section";
import { EpisodeCard } from "./episode-card";
import { GenerateButton } from "./generate-button";
import { MakeAllButton, missingCount } from "./make-all-button";
import { SlotStatus } from "./slot-status";

export function EpisodesSection({ show }: { show: ShowDetail }) {
  const state = useSlotState(show.id, "episodes", null, Boolean(show.season));
  const season = show.season;
  return (
    <ConsoleSection
      id="episodes"
      title="Season one"
      description="Format, season arc and episode loglines, each with a still and a clip."
      actions={
        <>
          <MakeAllButton
            show={show}
            kind="episode_still"
            missing={missingCount(show, "episode_still")}
            noun="stills"
          />
          <MakeAllButton
            show={show}
            kind="episode_clip"
            missing={missingCount(show, "episode_clip")}
            noun="clips"
          />
          <GenerateButton
            showId={show.id}
            kind="episodes"
            state={state}
            label="Plan the season"
            regenerateLabel="Replan season"
            disabled={show.characters.length === 0}
            disabledReason="Needs a cast first"
          />
        </>
      }
    >
      <div data-testid="slot-episodes" data-state={state.kind} className={styles.stack}>
        <SlotStatus state={state} />
        {season && (
          <div className={styles.season}>
            <dl className={styles.formatFacts}>
              <div>
                <dt>Episodes</dt>
                <dd>{season.format.episodeCount}</dd>
              </div>
              <div>
                <dt>Runtime</dt>
                <dd>{season.format.runtimeMinutes} min</dd>
              </div>
              <div className={styles.structure}>
                <dt>Structure</dt>
                <dd>{season.format.structure}</dd>
              </div>
            </dl>
            <div>
              <h3 className="eyebrow">Season arc</h3>
              <p className={styles.arc}>{season.seasonArc}</p>
            </div>
          </div>
        )}
        {!season && state.kind === "empty" && <p className="muted">No season planned yet.</p>}
        <ol className={styles.episodeList}>
          {show.episodes.map((episode) => (
            <EpisodeCard key={episode.id} showId={show.id} episode={episode} />
          ))}
        </ol>
      </div>
    </ConsoleSection>
  );
}
