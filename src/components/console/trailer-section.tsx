"use client";

import type { TrailerBoardView } from "@/lib/client/trailer-api";
import type { ShowDetail, Task } from "@/lib/client/types";
import { TrailerDownloads } from "../shows/trailer-downloads";
import { TrailerEditor } from "../trailer/trailer-editor";
import { useTrailerBoard } from "../trailer/use-trailer-board";
import { AssetSlot } from "./asset-slot";
import styles from "./console.module.css";
import { ConsoleSection } from "./console-section";

/**
 * The trailer: its cut (with captions and versions, live while it renders) beside the editor's
 * controls, then its board of shots. Cut from the blueprint and the cast, so nothing before those.
 */
export function TrailerSection({ show }: { show: ShowDetail }) {
  const ready = show.blueprint !== null;
  const { board, error, replace, active } = useTrailerBoard(show.id, ready);
  const tall = (board?.settings.aspect ?? show.settings.trailer.aspect) === "9:16";
  const slot = (
    <AssetSlot
      showId={show.id}
      kind="trailer"
      asset={show.trailer}
      versions={show.versions.trailer}
      label={`Trailer for ${show.title ?? "the show"}`}
      generateLabel="Cut trailer"
      // The editor's "Cut trailer" is the one way to make it: it says what it makes and costs.
      madeElsewhere
      aspect={show.trailer ? "auto" : tall ? "9/16" : "16/9"}
      icon="film"
      emptyHint="No trailer yet"
      blockedBy={ready ? undefined : "Needs a blueprint first"}
      posterUrl={show.grid?.url}
      captionsUrl={show.trailerFiles.vtt?.url}
    />
  );
  return (
    <ConsoleSection
      id="trailer"
      title="Trailer"
      description="Cut from its own board of shots: title cards, voice-over and a score, in 30 or 60 seconds, wide or tall."
    >
      {!board ? (
        <div className={styles.trailer}>
          {slot}
          <TrailerDownloads show={show} />
          {error && <p role="alert">{error}</p>}
        </div>
      ) : (
        <TrailerEditor
          show={show}
          board={board}
          replace={replace}
          working={active.filter((task) => forTrailer(task, board)).length}
          player={slot}
        />
      )}
    </ConsoleSection>
  );
}

/** A piece in the making for this board: its script, a shot's frame, clip or line, its score. */
function forTrailer(task: Task, board: TrailerBoardView): boolean {
  if (task.kind === "trailer_script") {
    return true;
  }
  const shotId = (task.target ?? "").split(":")[0];
  return task.target === "trailer" || board.shots.some((shot) => shot.id === shotId);
}
