import styles from "./console.module.css";

/** Anchors to the console's sections (see console-sections.tsx for the list). */
export function SectionNav({ sections }: { sections: readonly { id: string; label: string }[] }) {
  return (
    <nav className={styles.sectionNav} aria-label="Show sections">
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
