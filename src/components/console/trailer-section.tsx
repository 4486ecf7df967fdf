import type { ShowDetail } from "@/lib/client/types";
import { TrailerDownloads } from "../shows/trailer-downloads";
import { AssetSlot } from "./asset-slot";
import styles from "./console.module.css";
import { ConsoleSection } from "./console-section";

export function TrailerSection({ show }: { show: ShowDetail }) {
  return (
    <ConsoleSection id="trailer" title="Trailer" description="Cut from the blueprint and the cast.">
      <div className={styles.trailer}>
        <AssetSlot
          showId={show.id}
          kind="trailer"
          asset={show.trailer}
          versions={show.versions.trailer}
          label={`Trailer for ${show.title ?? "the show"}`}
          generateLabel="Generate trailer"
          aspect="16/9"
          icon="film"
          emptyHint="No trailer yet"
          blockedBy={show.blueprint ? undefined : "Needs a blueprint first"}
          posterUrl={show.grid?.url}
        />
        <TrailerDownloads show={show} />
      </div>
    </ConsoleSection>
  );
}
