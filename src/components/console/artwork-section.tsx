import type { ShowDetail } from "@/lib/client/types";
import { AssetSlot } from "./asset-slot";
import styles from "./console.module.css";
import { ConsoleSection } from "./console-section";

export function ArtworkSection({ show }: { show: ShowDetail }) {
  const hasPortrait = show.characters.some((character) => character.portrait);
  return (
    <ConsoleSection
      id="artwork"
      title="Portrait grid & library poster"
      description="Composed from the current portraits; they follow the first portrait by themselves."
    >
      <div className={styles.artwork}>
        <AssetSlot
          showId={show.id}
          kind="poster"
          asset={show.poster}
          versions={show.versions.poster}
          label="Library poster"
          generateLabel="Generate poster"
          aspect="2/3"
          icon="image"
          emptyHint="Appears after the first grid"
          blockedBy={show.blueprint ? undefined : "Needs a blueprint first"}
        />
        <AssetSlot
          showId={show.id}
          kind="portrait_grid"
          asset={show.grid}
          versions={show.versions.grid}
          label="Portrait grid"
          generateLabel="Compose grid"
          aspect="auto"
          icon="grid"
          emptyHint="Appears after the first portrait"
          blockedBy={hasPortrait ? undefined : "Needs at least one portrait"}
        />
      </div>
    </ConsoleSection>
  );
}
