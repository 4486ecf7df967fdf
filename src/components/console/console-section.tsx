import type { ReactNode } from "react";
import styles from "./console.module.css";

interface ConsoleSectionProps {
  id: string;
  title: string;
  description?: string;
  actions?: ReactNode;
  children: ReactNode;
}

export function ConsoleSection({ id, title, description, actions, children }: ConsoleSectionProps) {
  return (
    <section id={id} className={styles.section} aria-labelledby={`${id}-heading`}>
      <header className={styles.sectionHeader}>
        <div className={styles.sectionTitle}>
          <h2 id={`${id}-heading`}>{title}</h2>
          {description && <p className="muted">{description}</p>}
        </div>
        {actions && <div className={styles.sectionActions}>{actions}</div>}
      </header>
      {children}
    </section>
  );
}
