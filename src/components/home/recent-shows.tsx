"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { api } from "@/lib/client/api";
import type { ShowSummary } from "@/lib/client/types";
import { ShowCard } from "../shows/show-card";
import styles from "./recent-shows.module.css";

const RECENT_COUNT = 6;

export function RecentShows() {
  const [shows, setShows] = useState<ShowSummary[] | null>(null);

  useEffect(() => {
    api
      .listShows({ sort: "recent" })
      .then((all) => setShows(all.slice(0, RECENT_COUNT)))
      .catch(() => setShows([]));
  }, []);

  if (shows === null || shows.length === 0) {
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
