import styles from "../page-header.module.css";

export function LibraryHeader() {
  return (
    <header className={styles.header}>
      <p className="eyebrow">Library</p>
      <h1 className={styles.title}>Your shows</h1>
    </header>
  );
}
