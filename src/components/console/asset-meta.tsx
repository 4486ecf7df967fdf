import type { Asset } from "@/lib/client/types";
import { RelativeTime } from "../ui/local-time";
import { assetMetaParts } from "./asset-meta-text";
import styles from "./asset-slot.module.css";

/** "Offline art · v2 · free · 3 min ago · Details": where an asset came from, in words. */
export function AssetMeta({ asset, version }: { asset: Asset; version: number | null }) {
  return (
    <p className={styles.meta}>
      {assetMetaParts(asset, version).map((part) => (
        <span key={part}>{part}</span>
      ))}
      <RelativeTime iso={asset.createdAt} />
      {asset.taskId && (
        <a href={`/tasks/${asset.taskId}`} className={styles.metaLink}>
          Details
        </a>
      )}
    </p>
  );
}
