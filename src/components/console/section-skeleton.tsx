import { Skeleton } from "../ui/skeleton";
import styles from "./console.module.css";

/** The shape a section's skeleton takes while its content is on its way. */
export type SectionSkeletonShape = "text" | "cards" | "media" | "list";

/** Grey placeholders in the shape of a section's content. */
export function SectionSkeleton({
  shape,
  count = 3,
}: {
  shape: SectionSkeletonShape;
  count?: number;
}) {
  const items = Array.from({ length: count }, (_, index) => index);
  switch (shape) {
    case "text":
      return (
        <div className={styles.stack}>
          <Skeleton width="90%" />
          <Skeleton width="75%" />
          <Skeleton width="82%" />
          <Skeleton width="40%" />
        </div>
      );
    case "cards":
      return (
        <ul className={styles.castGrid}>
          {items.map((item) => (
            <li key={item} className={styles.stack}>
              <Skeleton aspect="4/5" />
              <Skeleton width="60%" />
              <Skeleton width="85%" />
            </li>
          ))}
        </ul>
      );
    case "media":
      return <Skeleton aspect="16/9" />;
    case "list":
      return (
        <div className={styles.stack}>
          {items.map((item) => (
            <Skeleton key={item} height={44} />
          ))}
        </div>
      );
  }
}
