"use client";

import Link from "next/link";
import type { ShowSummary } from "@/lib/client/types";
import { ShowCard } from "../shows/show-card";
import styles from "./recent-shows.module.css";

/** The newest shows under the premise box, as the server read them. */
export function RecentShows({ shows }: { shows: ShowSummary[] }) {
  if (shows.length === 0) {
    return null;
  }
  return (
    <section className={styles.section} aria-labelledby="recent-shows-heading">
      <div className={styles.head}>
        <h2 id="recent-shows-heading">Recent shows</h2>
        <Link href="/library" className="btn btn-ghost btn-sm">
          See the library →
        </Link>
      </div>
      <div className={styles.grid}>
        {shows.map((show) => (
          <ShowCard key={show.id} show={show} />
        ))}
      </div>
    </section>
  );
}
