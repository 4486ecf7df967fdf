"use client";

import { useSlotState } from "@/hooks/use-slot-task";
import type { ShowDetail } from "@/lib/client/types";
import { CharacterCard } from "./character-card";
import styles from "./console.module.css";
import { ConsoleSection } from "./console-section";
import { GenerateButton } from "./generate-button";
import { SectionSkeleton } from "./section-skeleton";
import { SlotStatus } from "./slot-status";

interface CastSectionProps {
  show: ShowDetail;
  onChange: (show: ShowDetail) => void;
}

export function CastSection({ show, onChange }: CastSectionProps) {
  const state = useSlotState(show.id, "characters", null, show.characters.length > 0);
  // The cast is on its way: being written, or next in autopilot's line after the blueprint.
  const coming =
    show.characters.length === 0 &&
    (state.kind === "active" ||
      state.kind === "finishing" ||
      (state.kind === "empty" && show.autopilot && !show.autopilotPause));
  return (
    <ConsoleSection
      id="cast"
      title="Cast"
      description="Dossiers and portraits. The first portrait brings the grid and the library poster."
      actions={
        <GenerateButton
          showId={show.id}
          kind="characters"
          state={state}
          label="Cast the show"
          regenerateLabel="Recast"
          disabled={!show.blueprint}
          disabledReason="Needs a blueprint first"
        />
      }
    >
      <div data-testid="slot-characters" data-state={state.kind} className={styles.stack}>
        <SlotStatus state={state} />
        {coming && <SectionSkeleton shape="cards" count={show.settings.characterCount} />}
        {show.characters.length === 0 && state.kind === "empty" && !coming && (
          <p className="muted">
            {show.blueprint ? "No cast yet." : "The cast is written once the blueprint exists."}
          </p>
        )}
        <ul className={styles.castGrid}>
          {show.characters.map((character) => (
            <CharacterCard
              key={character.id}
              show={show}
              character={character}
              onChange={onChange}
            />
          ))}
        </ul>
      </div>
    </ConsoleSection>
  );
}
