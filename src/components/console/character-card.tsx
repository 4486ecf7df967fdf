"use client";

import { useSlotState } from "@/hooks/use-slot-task";
import type { Character, ShowDetail } from "@/lib/client/types";
import { AssetSlot } from "./asset-slot";
import styles from "./console.module.css";
import { DossierDetails } from "./dossier-details";
import { GenerateButton } from "./generate-button";
import { PortraitPromptButton } from "./portrait-prompt-button";
import { SlotStatus } from "./slot-status";

interface CharacterCardProps {
  show: ShowDetail;
  character: Character;
  onChange: (show: ShowDetail) => void;
}

export function CharacterCard({ show, character, onChange }: CharacterCardProps) {
  const dossierState = useSlotState(show.id, "dossier", character.id, Boolean(character.dossier));
  return (
    <li
      className={`card ${styles.character}`}
      data-testid="character-card"
      data-character-id={character.id}
    >
      <AssetSlot
        showId={show.id}
        kind="portrait"
        target={character.id}
        asset={character.portrait}
        versions={character.portraitVersions}
        label={`Portrait of ${character.name}`}
        generateLabel="Generate portrait"
        aspect="4/5"
        icon="user"
        emptyHint="No portrait yet"
        blockedBy={character.dossier ? undefined : "Needs a dossier first"}
        extraActions={
          character.dossier && (
            <PortraitPromptButton show={show} character={character} onChange={onChange} />
          )
        }
      />
      <div className={styles.characterBody}>
        <h3>{character.name}</h3>
        <p className={styles.role}>{character.dossier?.role ?? character.seed.role}</p>
        <p className="muted">{character.seed.summary}</p>
      </div>
      <div data-testid="slot-dossier" data-state={dossierState.kind} className={styles.stack}>
        <SlotStatus state={dossierState} />
        {character.dossier && <DossierDetails dossier={character.dossier} />}
        <div>
          <GenerateButton
            showId={show.id}
            kind="dossier"
            target={character.id}
            state={dossierState}
            label="Write dossier"
            regenerateLabel="Rewrite dossier"
            className={character.dossier ? "btn btn-ghost btn-sm" : undefined}
          />
        </div>
      </div>
    </li>
  );
}
