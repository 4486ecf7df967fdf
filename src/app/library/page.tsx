import type { Metadata } from "next";
import { LibraryView } from "@/components/library/library-view";
import { requirePageUser } from "../_auth/page-caller";
import styles from "../page-header.module.css";

export const metadata: Metadata = { title: "Library" };

export default async function LibraryPage() {
  await requirePageUser({ next: "/library" });
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
