import { LibrarySkeleton } from "@/components/library/library-skeleton";
import styles from "../page-header.module.css";
import { LibraryHeader } from "./library-header";

export default function LibraryLoading() {
  return (
    <div className={`container ${styles.page}`}>
      <LibraryHeader />
      <LibrarySkeleton />
    </div>
  );
}
