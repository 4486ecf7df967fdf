import { Skeleton } from "../ui/skeleton";
import styles from "./console.module.css";
import { CONSOLE_SECTIONS, type SectionSkeletonShape } from "./console-sections";
import { SectionNav } from "./section-nav";

/**
 * The console's shape before its data arrives: the hero and every section, named, with grey
 * blocks where their content will be. Shown at once when a show is opened or created.
 */
export function ConsoleSkeleton() {
  return (
    <div className={styles.console} aria-busy="true" data-testid="console-skeleton">
      <p className="visually-hidden" role="status">
        Opening the show
      </p>
      <header className={styles.hero}>
        <div className={styles.heroPoster}>
          <Skeleton aspect="2/3" />
        </div>
        <div className={styles.heroBody}>
          <Skeleton width={220} />
          <Skeleton width="min(520px, 90%)" height={56} />
          <Skeleton width="min(640px, 100%)" />
          <Skeleton width="min(560px, 90%)" />
          <Skeleton width={260} height={6} round />
          <div className={styles.heroActions}>
            <Skeleton width={200} height={40} round />
            <Skeleton width={130} height={40} round />
            <Skeleton width={180} height={40} round />
          </div>
        </div>
      </header>
      <SectionNav sections={CONSOLE_SECTIONS} />
      {CONSOLE_SECTIONS.map((section) => (
        <section
          key={section.id}
          id={section.id}
          className={styles.section}
          aria-label={section.label}
          data-testid={`section-skeleton-${section.id}`}
        >
          <h2>{section.label}</h2>
          <SectionSkeleton shape={section.skeleton} />
        </section>
      ))}
    </div>
  );
}

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
