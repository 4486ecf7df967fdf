import type { ReactNode } from "react";
import styles from "./settings.module.css";

interface SettingsSectionProps {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
}

export function SettingsSection({ id, title, description, children }: SettingsSectionProps) {
  return (
    <section id={id} className={styles.section} aria-labelledby={`${id}-heading`}>
      <header className={styles.sectionHeader}>
        <h2 id={`${id}-heading`}>{title}</h2>
        <p className="muted">{description}</p>
      </header>
      {children}
    </section>
  );
}
