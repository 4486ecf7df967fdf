"use client";

import { useEffect, useRef, useState } from "react";
import { untitled } from "@/components/shows/show-title";
import { api } from "@/lib/client/api";
import type { ShowSummary } from "@/lib/client/types";

export interface ShowDirectoryEntry {
  slug: string;
  title: string;
}

/**
 * Names and slugs of the shows that tasks belong to (a task carries only its show id). Loads the
 * show list once and again whenever a task of a show it does not know appears.
 */
export function useShowDirectory(showIds: string[]): ReadonlyMap<string, ShowDirectoryEntry> {
  const [directory, setDirectory] = useState<ReadonlyMap<string, ShowDirectoryEntry>>(new Map());
  const loading = useRef(false);
  const missing = showIds.filter((id) => !directory.has(id)).join(",");
  const lastMissing = useRef<string | null>(null);

  useEffect(() => {
    if (loading.current || missing === lastMissing.current) {
      return;
    }
    lastMissing.current = missing;
    loading.current = true;
    api
      .listShows({ sort: "recent" })
      .then((shows) => setDirectory(new Map(shows.map((show) => [show.id, toEntry(show)]))))
      .catch(() => undefined)
      .finally(() => {
        loading.current = false;
      });
  }, [missing]);

  return directory;
}

function toEntry(show: ShowSummary): ShowDirectoryEntry {
  return { slug: show.slug, title: show.title ?? untitled(show.premise) };
}

export { untitled };
