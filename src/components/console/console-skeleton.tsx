import { Skeleton } from "../ui/skeleton";
import styles from "./console.module.css";
import { CONSOLE_SECTIONS } from "./console-sections";
import { SectionNav } from "./section-nav";
import { SectionSkeleton } from "./section-skeleton";

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
