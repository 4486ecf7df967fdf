"use client";

import { useState } from "react";
import { errorMessage } from "@/lib/client/api";
import { type StoryboardView, storyboardApi, type VoiceEntry } from "@/lib/client/storyboard-api";
import type { ShowDetail } from "@/lib/client/types";
import styles from "./storyboard.module.css";

/**
 * Who speaks in which voice. A change makes that speaker's takes out of date; the next cut voices
 * those lines again and nothing else.
 */
export function VoiceCast(props: {
  show: ShowDetail;
  board: StoryboardView;
  onChanged: () => void;
}) {
  const { show, board } = props;
  return (
    <details className={styles.voices} data-testid="voice-cast">
      <summary>Voice cast</summary>
      <ul>
        {board.voices.map((entry) => (
          <VoiceRow
            key={entry.characterId ?? "narrator"}
            showId={show.id}
            entry={entry}
            options={board.voiceOptions}
            onChanged={props.onChanged}
          />
        ))}
      </ul>
    </details>
  );
}

function VoiceRow(props: {
  showId: string;
  entry: VoiceEntry;
  options: StoryboardView["voiceOptions"];
  onChanged: () => void;
}) {
  const { entry, showId } = props;
  const [voice, setVoice] = useState(entry.voice);
  const [state, setState] = useState<"idle" | "saving" | string>("idle");
  const changed = JSON.stringify(voice) !== JSON.stringify(entry.voice);
  const save = async (next: VoiceEntry["voice"] | null) => {
    setState("saving");
    try {
      if (entry.characterId) {
        await storyboardApi.setVoice(showId, entry.characterId, next);
      } else if (next) {
        await storyboardApi.setNarratorVoice(showId, next);
      }
      setState("idle");
      props.onChanged();
    } catch (cause) {
      setState(errorMessage(cause));
    }
  };
  const known = props.options.some((option) => option.voiceId === voice.voiceId);
  return (
    <li className={styles.voiceRow}>
      <strong>{entry.name}</strong>
      <label>
        Voice
        <select
          value={voice.voiceId}
          onChange={(event) => setVoice({ ...voice, voiceId: event.target.value })}
        >
          {!known && <option value={voice.voiceId}>{voice.voiceId}</option>}
          {props.options.map((option) => (
            <option key={option.voiceId} value={option.voiceId}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Pitch
        <input
          type="range"
          min={0}
          max={99}
          value={voice.pitch}
          onChange={(event) => setVoice({ ...voice, pitch: Number(event.target.value) })}
        />
      </label>
      <label>
        Pace
        <input
          type="range"
          min={80}
          max={260}
          step={5}
          value={voice.rate}
          onChange={(event) => setVoice({ ...voice, rate: Number(event.target.value) })}
        />
      </label>
      <label className={styles.grow}>
        Notes
        <input
          value={voice.notes}
          maxLength={600}
          onChange={(event) => setVoice({ ...voice, notes: event.target.value })}
        />
      </label>
      <div className={styles.shotActions}>
        <button
          type="button"
          className="btn btn-sm"
          disabled={!changed || state === "saving"}
          onClick={() => save(voice)}
        >
          Save voice
        </button>
        {entry.characterId && entry.chosen && (
          <button
            type="button"
            className="btn btn-sm btn-ghost"
            disabled={state === "saving"}
            onClick={() => save(null)}
          >
            From dossier
          </button>
        )}
      </div>
      {state !== "idle" && state !== "saving" && <p role="alert">{state}</p>}
    </li>
  );
}
