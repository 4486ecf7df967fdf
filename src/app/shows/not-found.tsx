import Link from "next/link";
import styles from "../page-header.module.css";

// An unknown slug, or a show the visitor may not see: all alike, so private shows stay private.
export default function ShowNotFound() {
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <p className="eyebrow">404</p>
        <h1 className={styles.title}>No such show</h1>
        <p className="muted">This show does not exist — it may have been deleted.</p>
      </header>
      <div className={styles.actions}>
        <Link href="/library" className="btn btn-primary">
          Back to the library
        </Link>
        <Link href="/" className="btn">
          Pitch a new show
        </Link>
      </div>
    </div>
  );
}
