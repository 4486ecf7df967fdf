import { kindInfo } from "@/lib/client/kinds";
import { Icon } from "../ui/icon";
import styles from "./kind-icon.module.css";

export function KindIcon({ kind }: { kind: string }) {
  return (
    <span className={styles.icon} data-kind={kind} aria-hidden="true">
      <Icon name={kindInfo(kind).icon} size={15} />
    </span>
  );
}
