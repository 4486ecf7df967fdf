import { Skeleton } from "../ui/skeleton";
import styles from "./show-card.module.css";

/** A show card's shape (poster, title, logline, facts) while the list loads. */
export function ShowCardSkeleton() {
  return (
    <div className={styles.card} data-testid="show-card-skeleton">
      <Skeleton aspect="2/3" />
      <div className={styles.body} style={{ marginTop: 12 }}>
        <Skeleton width="70%" />
        <Skeleton width="95%" />
        <Skeleton width="60%" />
      </div>
    </div>
  );
}
