"use client";

import { useState } from "react";
import type { ShotSpec, StoryboardShot, VoiceEntry } from "@/lib/client/storyboard-api";
import type { ShowDetail } from "@/lib/client/types";
import { useCostLabel } from "../console/estimates-context";
import { ShotEditor } from "./shot-editor";
import styles from "./storyboard.module.css";

interface ShotCardProps {
  show: ShowDetail;
  shot: StoryboardShot;
  voices: VoiceEntry[];
  busy: boolean;
  first: boolean;
  last: boolean;
  onMove: (by: number) => void;
  onSave: (patch: Partial<ShotSpec>) => Promise<void>;
  onDelete: () => void;
  onAddAfter: () => void;
  onRequest: (kind: string, target: string) => void;
  onChooseFrame: (assetId: string) => void;
}

const heading = (spec: ShotSpec) =>
  `${spec.scene.interior ? "INT." : "EXT."} ${spec.scene.location} – ${spec.scene.timeOfDay}`;

/** One shot: its frame, what it is, who is in it, its lines with their takes, and its actions. */
export function ShotCard(props: ShotCardProps) {
  const { show, shot, busy } = props;
  const [editing, setEditing] = useState(false);
  const clipCost = useCostLabel("shot_clip");
  const names = new Map(show.characters.map((member) => [member.id, member.name]));
  const cast = shot.spec.characterIds.map((id) => names.get(id) ?? "Unknown").join(", ");
  return (
    <li className={styles.shot} data-testid="shot-card" data-shot={shot.number}>
      <div className={styles.frame}>
        {shot.clip ? (
          <video src={shot.clip.url} poster={shot.frame?.url} controls preload="none" muted>
            <track kind="captions" label="No dialogue" />
          </video>
        ) : shot.frame ? (
          // biome-ignore lint/performance/noImgElement: media from our own store, sized by CSS.
          <img src={shot.frame.url} alt={`Shot ${shot.number}: ${shot.spec.action}`} />
        ) : (
          <span className={styles.noFrame}>No frame yet</span>
        )}
        <span className={styles.shotNumber}>{shot.number}</span>
        {shot.frame && !shot.frameCurrent && (
          <span className={styles.stale} title="An edit changed what this shot shows">
            Out of date
          </span>
        )}
      </div>
      <div className={styles.shotBody}>
        <p className={styles.shotMeta}>
          <span>{shot.spec.framing}</span> · <span>{shot.spec.cameraMove}</span> ·{" "}
          <span>{shot.spec.durationSeconds} s</span>
        </p>
        <p className={styles.heading}>{heading(shot.spec)}</p>
        <p>{shot.spec.action}</p>
        {cast && <p className="muted">In frame: {cast}</p>}
        {shot.lines.length > 0 && (
          <ul className={styles.lines}>
            {shot.lines.map((line) => (
              <li key={line.lineId}>
                <strong>{line.speaker}</strong>
                {line.delivery && <em> ({line.delivery})</em>}: {line.text}
                <div className={styles.lineActions}>
                  {line.take ? (
                    // biome-ignore lint/a11y/useMediaCaption: the line's words are printed beside it.
                    <audio src={line.take.url} controls preload="none" />
                  ) : (
                    <span className="muted">Not voiced yet</span>
                  )}
                  <button
                    type="button"
                    className="btn btn-sm btn-ghost"
                    disabled={busy}
                    onClick={() => props.onRequest("voice_line", line.target)}
                  >
                    {line.take ? "Re-voice" : "Voice"}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
        {shot.spec.soundCue && <p className="muted">Sound: {shot.spec.soundCue}</p>}
        {shot.frameVersions.length > 1 && (
          <label className={styles.versionPicker}>
            Frame
            <select
              value={shot.frame?.id ?? ""}
              disabled={busy}
              onChange={(event) => props.onChooseFrame(event.target.value)}
            >
              {shot.frameVersions.map((version, index) => (
                <option key={version.id} value={version.id}>
                  v{shot.frameVersions.length - index}
                  {index === 0 ? " (newest)" : ""}
                </option>
              ))}
            </select>
          </label>
        )}
        {editing ? (
          <ShotEditor
            shot={shot}
            cast={show.characters.map((member) => ({ id: member.id, name: member.name }))}
            onCancel={() => setEditing(false)}
            onSave={async (patch) => {
              await props.onSave(patch);
              setEditing(false);
            }}
          />
        ) : (
          <div className={styles.shotActions}>
            <button type="button" className="btn btn-sm" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button
              type="button"
              className="btn btn-sm"
              disabled={busy}
              onClick={() => props.onRequest("storyboard_frame", shot.id)}
            >
              {shot.frame ? "Redraw frame" : "Draw frame"}
            </button>
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              disabled={busy || !shot.frame}
              title={shot.frame ? undefined : "Needs a frame first"}
              onClick={() => {
                const price = clipCost ? ` (${clipCost})` : "";
                if (
                  window.confirm(`Make a moving clip of this shot with the video model${price}?`)
                ) {
                  props.onRequest("shot_clip", shot.id);
                }
              }}
            >
              Make clip{clipCost ? ` · ${clipCost}` : ""}
            </button>
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              aria-label={`Move shot ${shot.number} earlier`}
              disabled={busy || props.first}
              onClick={() => props.onMove(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              aria-label={`Move shot ${shot.number} later`}
              disabled={busy || props.last}
              onClick={() => props.onMove(1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              disabled={busy}
              onClick={props.onAddAfter}
            >
              Add shot after
            </button>
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              disabled={busy}
              onClick={() => {
                if (window.confirm(`Delete shot ${shot.number}?`)) {
                  props.onDelete();
                }
              }}
            >
              Delete
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
