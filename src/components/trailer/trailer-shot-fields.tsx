"use client";

import { useState } from "react";
import type { TrailerBoardView, TrailerShotSpec } from "@/lib/client/trailer-api";
import { textLimits } from "@/server/shows/text-limits";
import styles from "../storyboard/storyboard.module.css";

export const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * What a trailer shot adds to an episode's, in the shot editor: a picture or a typographic title
 * card (and the card's words), its beat in the trailer's shape, and whether it cuts or dissolves in.
 */
export function TrailerShotFields(props: {
  spec: TrailerShotSpec;
  change: (patch: Partial<TrailerShotSpec>) => void;
  choices: TrailerBoardView["choices"];
}) {
  const { spec, change, choices } = props;
  const [mode, setMode] = useState<"picture" | "card">(spec.card.trim() ? "card" : "picture");
  const [lastCard, setLastCard] = useState(spec.card || "Coming soon");
  return (
    <>
      <div className={styles.editorRow}>
        <label>
          Shot
          <select
            value={mode}
            onChange={(event) => {
              const next = event.target.value as "picture" | "card";
              setMode(next);
              change({ card: next === "card" ? lastCard : "" });
            }}
          >
            <option value="picture">Picture</option>
            <option value="card">Title card</option>
          </select>
        </label>
        <label>
          Beat
          <select
            value={spec.beat}
            onChange={(event) => change({ beat: event.target.value as TrailerShotSpec["beat"] })}
          >
            {choices.beats.map((beat) => (
              <option key={beat} value={beat}>
                {capitalized(beat)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Comes in
          <select
            value={spec.transitionIn}
            onChange={(event) =>
              change({ transitionIn: event.target.value as TrailerShotSpec["transitionIn"] })
            }
          >
            {choices.transitions.map((transition) => (
              <option key={transition} value={transition}>
                {transition === "cut" ? "Cut" : "Dissolve"}
              </option>
            ))}
          </select>
        </label>
      </div>
      {mode === "card" && (
        <label>
          Card words
          <input
            value={spec.card}
            maxLength={textLimits.label}
            required
            onChange={(event) => {
              setLastCard(event.target.value);
              change({ card: event.target.value });
            }}
          />
        </label>
      )}
    </>
  );
}
