"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { startTransition } from "react";
import styles from "./page-header.module.css";

interface ErrorPageProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/**
 * A page that failed to render (the database was away, the server threw). Try again renders the
 * page on the server again, not only the client part: a refresh in the same transition as reset.
 */
export default function ErrorPage({ error, reset }: ErrorPageProps) {
  const router = useRouter();
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div className={`container ${styles.page}`} data-testid="error-page">
      <header className={styles.header}>
        <p className="eyebrow">Something broke</p>
        <h1 className={styles.title}>This page could not load</h1>
        <p className="muted">
          The server could not finish it — often the database was busy or restarting. Your shows and
          their tasks are safe; trying again usually works.
        </p>
        {error.digest && <p className="hint mono">Error reference {error.digest}</p>}
      </header>
      <div className={styles.actions}>
        <button type="button" className="btn btn-primary" onClick={retry}>
          Try again
        </button>
        <Link href="/library" className="btn">
          Back to the library
        </Link>
      </div>
    </div>
  );
}
