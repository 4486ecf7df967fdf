"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useTaskStore } from "@/hooks/use-tasks";
import { api, errorMessage } from "@/lib/client/api";
import type { ShowSort, ShowSummary } from "@/lib/client/types";
import { ShowCard } from "../shows/show-card";
import { DeleteShowButton } from "./delete-show-button";
import styles from "./library.module.css";
import { LibraryToolbar } from "./library-toolbar";

const SEARCH_DELAY_MS = 200;

/** Every show as a poster grid, with search, sort and delete. */
export function LibraryView({ initialShows }: { initialShows: ShowSummary[] }) {
  const store = useTaskStore();
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<ShowSort>("recent");
  const [shows, setShows] = useState<ShowSummary[]>(initialShows);
  const [error, setError] = useState<string | null>(null);
  // The server rendered the default list: the first run of the effect has nothing to ask.
  const serverList = useRef(true);

  useEffect(() => {
    if (serverList.current) {
      serverList.current = false;
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api
        .listShows({ q: query.trim() || undefined, sort })
        .then((list) => {
          if (current) {
            setShows(list);
            setError(null);
          }
        })
        .catch((cause) => current && setError(errorMessage(cause)));
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, sort]);

  const remove = async (show: ShowSummary) => {
    await api.deleteShow(show.id);
    store.dropShow(show.id);
    setShows((list) => list.filter((item) => item.id !== show.id));
  };

  return (
    <div className={styles.view}>
      <LibraryToolbar query={query} sort={sort} onQuery={setQuery} onSort={setSort} />
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {`${shows.length} ${shows.length === 1 ? "show" : "shows"}`}
      </p>
      {shows.length === 0 && <EmptyLibrary searching={query.trim() !== ""} />}
      <div className={styles.grid}>
        {shows.map((show, index) => (
          <ShowCard
            key={show.id}
            show={show}
            priority={index < 6}
            actions={<DeleteShowButton show={show} onDelete={() => remove(show)} />}
          />
        ))}
      </div>
    </div>
  );
}

function EmptyLibrary({ searching }: { searching: boolean }) {
  return (
    <div className={styles.empty}>
      <h2>{searching ? "No show matches that search" : "No shows yet"}</h2>
      <p className="muted">
        {searching ? "Try a word from a title or a premise." : "Every show starts with one line."}
      </p>
      {!searching && (
        <Link href="/" className="btn btn-primary">
          Pitch your first show
        </Link>
      )}
    </div>
  );
}
