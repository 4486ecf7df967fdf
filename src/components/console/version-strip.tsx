import { useNow } from "@/hooks/use-now";
import { formatRelative } from "@/lib/client/format";
import type { Asset } from "@/lib/client/types";
import styles from "./asset-slot.module.css";

interface VersionStripProps {
  versions: Asset[];
  currentId: string | null;
  selectedId: string | null;
  label: string;
  onSelect: (id: string) => void;
}

/** Earlier versions of an asset; picking one previews it in the slot. */
export function VersionStrip({
  versions,
  currentId,
  selectedId,
  label,
  onSelect,
}: VersionStripProps) {
  // The server has no reader's clock: "3 min ago" appears once the page is live.
  const now = useNow();
  if (versions.length < 2) {
    return null;
  }
  const ordered = [...versions].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  return (
    <fieldset className={styles.versions}>
      <legend className="hint">Versions</legend>
      {ordered.map((version, index) => {
        const image = version.mime.startsWith("image/");
        const name = `${label} version ${index + 1}${version.id === currentId ? " (current)" : ""}`;
        return (
          <button
            key={version.id}
            type="button"
            className={styles.version}
            aria-pressed={version.id === selectedId}
            aria-label={name}
            title={now === 0 ? name : `${name} · ${formatRelative(version.createdAt, now)}`}
            onClick={() => onSelect(version.id)}
          >
            {image ? (
              // biome-ignore lint/performance/noImgElement: tiny thumbnails of our own media
              <img src={version.url} alt="" loading="lazy" />
            ) : (
              <span>v{index + 1}</span>
            )}
          </button>
        );
      })}
    </fieldset>
  );
}
