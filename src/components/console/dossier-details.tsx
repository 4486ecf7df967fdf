import type { Dossier } from "@/lib/client/types";
import styles from "./console.module.css";

const FIELDS: { key: keyof Dossier; label: string }[] = [
  { key: "appearance", label: "Appearance" },
  { key: "wardrobe", label: "Wardrobe" },
  { key: "backstory", label: "Backstory" },
  { key: "motivation", label: "Motivation" },
  { key: "flaw", label: "Flaw" },
  { key: "voice", label: "Voice" },
  { key: "showcaseScene", label: "Showcase scene" },
];

export function DossierDetails({ dossier }: { dossier: Dossier }) {
  return (
    <details className={styles.dossier}>
      <summary>
        Dossier · {dossier.age} · {dossier.pronouns}
      </summary>
      <p className={styles.traits}>
        {dossier.personality.map((trait) => (
          <span key={trait} className="badge">
            {trait}
          </span>
        ))}
      </p>
      <dl>
        {FIELDS.map(({ key, label }) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>{String(dossier[key])}</dd>
          </div>
        ))}
        {dossier.relationships.length > 0 && (
          <div>
            <dt>Relationships</dt>
            <dd>
              {dossier.relationships.map((link) => `${link.name} — ${link.relation}`).join("; ")}
            </dd>
          </div>
        )}
      </dl>
    </details>
  );
}
