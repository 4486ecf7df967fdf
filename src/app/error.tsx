"use client";

import styles from "./page-header.module.css";

export default function ErrorPage({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <p className="eyebrow">Something broke</p>
        <h1 className={styles.title}>This page could not load</h1>
        <p className="muted">{error.message}</p>
      </header>
      <div>
        <button type="button" className="btn" onClick={reset}>
          Try again
        </button>
      </div>
    </div>
  );
}
