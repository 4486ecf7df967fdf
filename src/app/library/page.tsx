import type { Metadata } from "next";
import { LibraryView } from "@/components/library/library-view";
import { loadRecentShows } from "@/components/library/load-shows";
import styles from "../page-header.module.css";
import { LibraryHeader } from "./library-header";

export const metadata: Metadata = { title: "Library" };

export default async function LibraryPage() {
  const shows = await loadRecentShows();
  return (
    <div className={`container ${styles.page}`}>
      <LibraryHeader />
      <LibraryView initialShows={shows} />
    </div>
  );
}
