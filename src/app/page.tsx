import { PremiseForm } from "@/components/home/premise-form";
import { RecentShows } from "@/components/home/recent-shows";
import { loadRecentShows } from "@/components/library/load-shows";
import { requirePageUser } from "./_auth/page-caller";
import styles from "./home.module.css";

const RECENT_COUNT = 6;

export default async function HomePage() {
  await requirePageUser();
  const shows = await loadRecentShows();
  return (
    <div className={`container ${styles.page}`}>
      <section className={styles.hero} aria-labelledby="home-heading">
        <p className="eyebrow">From premise to pitch package</p>
        <h1 id="home-heading" className={styles.title}>
          Pitch a show. <span className={styles.accent}>Greenlight</span> it.
        </h1>
        <p className={styles.lede}>
          One line in; a blueprint, a cast with dossiers and portraits, a library poster, a trailer
          and a first season out. Everything renders on the server — leave, reload, come back: it
          keeps going.
        </p>
        <PremiseForm firstRun={shows.length === 0} />
      </section>
      <RecentShows shows={shows.slice(0, RECENT_COUNT)} />
    </div>
  );
}
