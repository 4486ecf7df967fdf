import type { ShowSort } from "@/lib/client/types";
import { Icon } from "../ui/icon";
import styles from "./library.module.css";

interface LibraryToolbarProps {
  query: string;
  sort: ShowSort;
  onQuery: (query: string) => void;
  onSort: (sort: ShowSort) => void;
}

export function LibraryToolbar({ query, sort, onQuery, onSort }: LibraryToolbarProps) {
  return (
    <search className={styles.toolbar}>
      <label className={styles.search}>
        <span className="visually-hidden">Search shows</span>
        <Icon name="search" className={styles.searchIcon} />
        <input
          type="search"
          className="input"
          placeholder="Search titles, loglines, premises"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
        />
      </label>
      <label className={styles.sort}>
        <span className="label">Sort</span>
        <select
          className="select"
          value={sort}
          onChange={(event) => onSort(event.target.value as ShowSort)}
        >
          <option value="recent">Most recent</option>
          <option value="title">Title A–Z</option>
          <option value="completion">Most complete</option>
        </select>
      </label>
    </search>
  );
}
