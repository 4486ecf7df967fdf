import styles from "./console.module.css";

export const CONSOLE_SECTIONS = [
  { id: "blueprint", label: "Blueprint" },
  { id: "cast", label: "Cast" },
  { id: "artwork", label: "Grid & poster" },
  { id: "trailer", label: "Trailer" },
  { id: "character-videos", label: "Character videos" },
  { id: "episodes", label: "Episodes" },
  { id: "spend", label: "Spend" },
] as const;

export function SectionNav() {
  return (
    <nav className={styles.sectionNav} aria-label="Show sections">
      <ul>
        {CONSOLE_SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
