import type { ShowDetail } from "../../../src/lib/client/types";
import type { ApiClient } from "./api-client";
import { eventually } from "./wait";

/** Waits until the server's view of a show satisfies `ready`. */
export function waitForShow(
  api: ApiClient,
  showId: string,
  what: string,
  ready: (show: ShowDetail) => boolean,
  timeoutMs = 60_000,
): Promise<ShowDetail> {
  return eventually(
    what,
    async () => {
      const show = await api.show(showId);
      return ready(show) ? show : undefined;
    },
    { timeoutMs, intervalMs: 500 },
  );
}

/** A show without autopilot whose blueprint, cast and dossiers are written (no images yet). */
export async function showWithCast(
  api: ApiClient,
  premise: string,
  settings?: object,
): Promise<ShowDetail> {
  const created = await api.createShow(premise, { autopilot: false, settings });
  return waitForShow(
    api,
    created.id,
    "the blueprint, cast and dossiers",
    (show) =>
      show.blueprint !== null &&
      show.characters.length > 0 &&
      show.characters.every((member) => member.dossier),
    90_000,
  );
}
