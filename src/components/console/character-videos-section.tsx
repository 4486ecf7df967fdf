import type { ShowDetail } from "@/lib/client/types";
import { AssetSlot } from "./asset-slot";
import styles from "./console.module.css";
import { ConsoleSection } from "./console-section";
import { MakeAllButton, missingCount } from "./make-all-button";

export function CharacterVideosSection({ show }: { show: ShowDetail }) {
  return (
    <ConsoleSection
      id="character-videos"
      title="Character videos"
      description="A short showcase scene for each character, animated from the portrait."
      actions={
        <MakeAllButton
          show={show}
          kind="character_video"
          missing={missingCount(show, "character_video")}
          noun="videos"
        />
      }
    >
      {show.characters.length === 0 ? (
        <p className="muted">Character videos become available once the cast exists.</p>
      ) : (
        <ul className={styles.videoGrid}>
          {show.characters.map((character) => (
            <li key={character.id} className={styles.videoItem}>
              <h3>{character.name}</h3>
              <AssetSlot
                showId={show.id}
                kind="character_video"
                target={character.id}
                asset={character.video}
                versions={character.videoVersions}
                label={`Showcase video of ${character.name}`}
                generateLabel="Generate video"
                aspect="16/9"
                icon="video"
                blockedBy={character.portrait ? undefined : "Needs a portrait first"}
                posterUrl={character.portrait?.url}
              />
            </li>
          ))}
        </ul>
      )}
    </ConsoleSection>
  );
}
