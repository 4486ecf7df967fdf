import { formatCost, formatRelative } from "@/lib/client/format";
import type { Asset } from "@/lib/client/types";
import styles from "./asset-slot.module.css";

export function AssetMeta({ asset }: { asset: Asset }) {
  return (
    <p className={styles.meta}>
      <span>{asset.provider}</span>
      {asset.model && <span>{asset.model}</span>}
      <span>{formatCost(asset.costUsd)}</span>
      <span>{formatRelative(asset.createdAt)}</span>
      {asset.taskId && (
        <a href={`/tasks/${asset.taskId}`} className={styles.metaLink}>
          task
        </a>
      )}
    </p>
  );
}
