import { Skeleton } from "../ui/skeleton";
import styles from "./task-detail.module.css";

/** The task page's shape while its timeline loads: header, actions, timeline and facts. */
export function TaskDetailSkeleton() {
  return (
    <div className={styles.detail} aria-busy="true" data-testid="task-detail-skeleton">
      <p className="visually-hidden" role="status">
        Loading the task
      </p>
      <div className={styles.header}>
        <Skeleton width={44} height={44} />
        <div className={styles.headline}>
          <Skeleton width="min(360px, 70%)" height={34} />
          <Skeleton width={200} />
        </div>
        <Skeleton width={80} height={24} round />
      </div>
      <div className={styles.actions}>
        <Skeleton width={110} height={40} round />
        <Skeleton width={110} height={40} round />
      </div>
      <div className={styles.columns}>
        <div className={styles.timelineSection}>
          <Skeleton width={120} height={24} />
          {[0, 1, 2, 3, 4].map((row) => (
            <Skeleton key={row} height={38} />
          ))}
        </div>
        <Skeleton height={320} />
      </div>
    </div>
  );
}
