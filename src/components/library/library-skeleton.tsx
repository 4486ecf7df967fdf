import { ShowCardSkeleton } from "../shows/show-card-skeleton";
import { Skeleton } from "../ui/skeleton";
import styles from "./library.module.css";

/** About two rows of cards at desktop width. */
const CARDS = 10;

/** The library's toolbar and poster grid while the list loads. */
export function LibrarySkeleton() {
  return (
    <div className={styles.view} aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading your shows
      </p>
      <div className={styles.toolbar}>
        <Skeleton width="min(480px, 100%)" height={44} round />
      </div>
      <div className={styles.grid}>
        {Array.from({ length: CARDS }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
          <ShowCardSkeleton key={index} />
        ))}
      </div>
    </div>
  );
}
