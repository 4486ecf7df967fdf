import Link from "next/link";
import styles from "./page-header.module.css";

export default function NotFound() {
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <p className="eyebrow">404</p>
        <h1 className={styles.title}>Nothing here</h1>
        <p className="muted">That page or show does not exist — it may have been deleted.</p>
      </header>
      <div>
        <Link href="/library" className="btn">
          Back to the library
        </Link>
      </div>
    </div>
  );
}
