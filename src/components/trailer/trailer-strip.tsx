import type { TrailerBoardView } from "@/lib/client/trailer-api";
import styles from "./trailer.module.css";
import { capitalized } from "./trailer-shot-fields";

/**
 * The trailer as a timeline: one block per shot, as wide as it runs, named by its beat, then the
 * end card. A block takes you to its shot's card; a stale piece is marked.
 */
export function TrailerStrip({ board }: { board: TrailerBoardView }) {
  const endCard = Math.max(0, board.plannedSeconds - sum(board.shots));
  return (
    <ol className={styles.strip} aria-label="The trailer, shot by shot">
      {board.shots.map((shot) => (
        <li
          key={shot.id}
          className={shot.isCard ? styles.stripCard : styles.stripShot}
          style={{ flexGrow: shot.spec.durationSeconds }}
          data-dissolve={shot.spec.transitionIn === "dissolve" ? "true" : undefined}
        >
          <button
            type="button"
            title={`Shot ${shot.number} · ${capitalized(shot.spec.beat)} · ${shot.spec.durationSeconds} s${shot.frameCurrent ? "" : " · frame out of date"}`}
            onClick={() =>
              document
                .querySelector(`[data-shot-id="${shot.id}"]`)
                ?.scrollIntoView({ behavior: "smooth", block: "center" })
            }
          >
            {shot.frame && !shot.isCard && (
              // biome-ignore lint/performance/noImgElement: a thumbnail from our own store.
              <img src={shot.frame.url} alt="" loading="lazy" />
            )}
            <span className={styles.stripLabel}>
              {shot.number} · {shot.isCard ? "Card" : capitalized(shot.spec.beat)}
            </span>
            {!shot.frameCurrent && <span className={styles.stripStale} aria-hidden />}
          </button>
        </li>
      ))}
      {endCard > 0 && (
        <li className={styles.stripCard} style={{ flexGrow: endCard }}>
          <span className={styles.stripLabel}>End card</span>
        </li>
      )}
    </ol>
  );
}

const sum = (shots: TrailerBoardView["shots"]) =>
  shots.reduce((total, shot) => total + shot.spec.durationSeconds, 0);
