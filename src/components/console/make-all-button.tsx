"use client";

import { useState } from "react";
import { api, errorMessage } from "@/lib/client/api";
import { estimateLabel } from "@/lib/client/estimates";
import type { ShowDetail } from "@/lib/client/types";

type MakeAllKind = "episode_still" | "episode_clip" | "character_video";

interface MakeAllButtonProps {
  show: ShowDetail;
  kind: MakeAllKind;
  /** What "all" means here: the missing ones the server would request. */
  missing: number;
  noun: string;
}

/** "Make all 6 stills · ~$0.24": one request for every missing one of a section, one estimate. */
export function MakeAllButton({ show, kind, missing, noun }: MakeAllButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (missing === 0) {
    return null;
  }
  const each = show.estimates[kind] ?? 0;
  const cost = estimateLabel(
    { ...show, estimates: { ...show.estimates, [kind]: each * missing } },
    kind,
  );
  const make = () => {
    setBusy(true);
    setError(null);
    api
      .makeAll(show.id, kind)
      .catch((cause) => setError(errorMessage(cause)))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={busy}
        onClick={make}
        data-testid={`make-all-${kind}`}
      >
        Make all {missing} {noun} · {cost}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </>
  );
}

/** The missing ones of a kind, as the server's make-all counts them. */
export function missingCount(show: ShowDetail, kind: MakeAllKind): number {
  switch (kind) {
    case "episode_still":
      return show.episodes.filter((episode) => !episode.still).length;
    case "episode_clip":
      return show.episodes.filter((episode) => episode.still && !episode.clip).length;
    case "character_video":
      return show.characters.filter((member) => member.portrait && !member.video).length;
  }
}
