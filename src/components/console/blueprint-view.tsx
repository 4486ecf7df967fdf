import type { Blueprint } from "@/lib/client/types";
import styles from "./blueprint.module.css";

export function BlueprintView({ blueprint }: { blueprint: Blueprint }) {
  const { productionStyle: style, visualAesthetics: look } = blueprint;
  return (
    <div className={styles.view} data-testid="blueprint-view">
      <dl className={styles.facts}>
        <Fact term="Setting">{blueprint.setting}</Fact>
        <Fact term="Themes">
          <TagList items={blueprint.themes} />
        </Fact>
        <Fact term="Mood">
          <TagList items={blueprint.moodKeywords} />
        </Fact>
        <Fact term="Medium">
          <strong>{style.medium}</strong> — {style.description}
        </Fact>
      </dl>
      <div className={styles.look}>
        <h3 className="eyebrow">Visual aesthetics</h3>
        <ul className={styles.palette} aria-label="Palette">
          {look.palette.map((color) => (
            <li key={`${color.name}-${color.hex}`}>
              <span
                className={styles.swatch}
                style={{ background: color.hex }}
                aria-hidden="true"
              />
              <span>{color.name}</span>
              <span className="mono muted">{color.hex}</span>
            </li>
          ))}
        </ul>
        <dl className={styles.facts}>
          <Fact term="Lighting">{look.lighting}</Fact>
          <Fact term="Camera">{look.camera}</Fact>
          <Fact term="Composition">{look.composition}</Fact>
          <Fact term="Textures">{look.textures}</Fact>
          <Fact term="Poster">{blueprint.posterDescription}</Fact>
        </dl>
      </div>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className={styles.fact}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function TagList({ items }: { items: string[] }) {
  return (
    <span className={styles.tags}>
      {items.map((item) => (
        <span key={item} className="badge">
          {item}
        </span>
      ))}
    </span>
  );
}
