import type { Character } from "@/lib/client/types";
import styles from "./show-page.module.css";

export function ShowPageCast({ characters }: { characters: Character[] }) {
  return (
    <section aria-labelledby="cast-heading" className={styles.section}>
      <h2 id="cast-heading">Cast</h2>
      <ul className={styles.cast}>
        {characters.map((character) => (
          <li key={character.id}>
            {character.portrait ? (
              // biome-ignore lint/performance/noImgElement: media is served by our API, not next/image
              <img
                src={character.portrait.url}
                alt={`Portrait of ${character.name}`}
                loading="lazy"
              />
            ) : (
              <div className={styles.noPortrait} aria-hidden="true">
                {character.name.slice(0, 1)}
              </div>
            )}
            <h3>{character.name}</h3>
            <p className={styles.castRole}>{character.dossier?.role ?? character.seed.role}</p>
            <p className="muted">{character.seed.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
