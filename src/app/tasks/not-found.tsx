import Link from "next/link";
import styles from "../page-header.module.css";

// An unknown task id, a malformed one, or a task of a show the visitor may not see: all alike.
export default function TaskNotFound() {
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <p className="eyebrow">404</p>
        <h1 className={styles.title}>No such task</h1>
        <p className="muted">
          This task does not exist, or its show was deleted. The dock lists the tasks of the last
          ten minutes; every show keeps its own in the studio.
        </p>
      </header>
      <div>
        <Link href="/library" className="btn btn-primary">
          Back to the library
        </Link>
      </div>
    </div>
  );
}
