import { cache } from "react";
import { pageCaller } from "@/app/_auth/page-caller";
import type { ShowSummary } from "@/lib/client/types";
import { scopeCondition, scopeOf } from "@/server/auth/show-access";
import { getContainer } from "@/server/container";
import { listShows } from "@/server/shows/show-views";

/** The caller's shows, newest first, read in this process for a page's first render. */
export const loadRecentShows = cache(async (): Promise<ShowSummary[]> => {
  const { db } = await getContainer();
  const scope = scopeOf(await pageCaller());
  return listShows(db, { sort: "recent" }, scopeCondition(scope));
});
