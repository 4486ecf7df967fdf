import type { Metadata } from "next";
import { LibraryView } from "@/components/library/library-view";
import styles from "../page-header.module.css";

export const metadata: Metadata = { title: "Library" };

export default function LibraryPage() {
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <p className="eyebrow">Library</p>
        <h1 className={styles.title}>Your shows</h1>
      </header>
      <LibraryView />
    </div>
  );
}
