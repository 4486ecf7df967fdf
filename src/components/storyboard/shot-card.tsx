"use client";

import { type ReactNode, useState } from "react";
import type { ShotSpec, StoryboardShot, VoiceEntry } from "@/lib/client/storyboard-api";
import type { ShowDetail } from "@/lib/client/types";
import { useCostLabel } from "../console/estimates-context";
import { ShotEditor, type ShotEditorProps } from "./shot-editor";
import { ShotTrim } from "./shot-trim";
import styles from "./storyboard.module.css";

/** A shot on any board: an episode's (its spec a ShotSpec) or the trailer's (with its extras). */
export type BoardShot<S extends ShotSpec = ShotSpec> = Omit<StoryboardShot, "spec"> & { spec: S };

interface ShotCardProps<S extends ShotSpec> {
  show: ShowDetail;
  shot: BoardShot<S>;
  voices: VoiceEntry[];
  busy: boolean;
  first: boolean;
  last: boolean;
  onMove: (by: number) => void;
  /** Resolves to the server's refusal (the editor stays open with it), or null once saved. */
  onSave: (patch: Partial<S>) => Promise<string | null>;
  onDelete: () => void;
  onAddAfter: () => void;
  onRequest: (kind: string, target: string) => void;
  onChooseFrame: (assetId: string) => void;
  /** The card's test id: `shot-card` on a storyboard. */
  testId?: string;
  /** Shots of a tall (9:16) cut: each frame is shown as the cut crops it. */
  tall?: boolean;
  /** A title card's words: drawn instead of a frame; a card has no frame or clip to make. */
  card?: string;
  /** Words before the shot's framing: a trailer shot's beat and how it comes in. */
  tags?: string[];
  /** False when the clip was made from an older frame, length or shape (the trailer tracks it). */
  clipCurrent?: boolean;
  /** Trims the shot from the card (half a second a step) without opening the editor. */
  onTrim?: (seconds: number) => void;
  editor?: Pick<ShotEditorProps<S>, "extras" | "isPicture">;
  /** Actions after "Add shot after" (the trailer's "Add card after"). */
  moreActions?: ReactNode;
}

const heading = (spec: ShotSpec) =>
  `${spec.scene.interior ? "INT." : "EXT."} ${spec.scene.location} – ${spec.scene.timeOfDay}`;

/** One shot: its frame, what it is, who is in it, its lines with their takes, and its actions. */
export function ShotCard<S extends ShotSpec>(props: ShotCardProps<S>) {
  const { show, shot, busy, card } = props;
  const [editing, setEditing] = useState(false);
  const clipCost = useCostLabel("shot_clip");
  const names = new Map(show.characters.map((member) => [member.id, member.name]));
  const cast = card
    ? ""
    : shot.spec.characterIds.map((id) => names.get(id) ?? "Unknown").join(", ");
  const staleClip = shot.clip !== null && props.clipCurrent === false;
  return (
    <li
      className={styles.shot}
      data-testid={props.testId ?? "shot-card"}
      data-shot={shot.number}
      data-shot-id={shot.id}
      data-card={card ? "true" : undefined}
    >
      <div className={styles.frame} data-tall={props.tall ? "true" : undefined}>
        {card ? (
          <span className={styles.titleCard}>{card}</span>
        ) : shot.clip ? (
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
        {props.onTrim && (
          <span className={styles.trimOverlay}>
            <ShotTrim
              number={shot.number}
              seconds={shot.spec.durationSeconds}
              disabled={busy}
              onTrim={props.onTrim}
            />
          </span>
        )}
        {!card && shot.frame && !shot.frameCurrent && (
          <span className={styles.stale} title="An edit changed what this shot shows">
            Out of date
          </span>
        )}
        {!card && shot.frameCurrent && staleClip && (
          <span className={styles.stale} title="Made from an older frame, length or shape">
            Clip out of date
          </span>
        )}
      </div>
      <div className={styles.shotBody}>
        <p className={styles.shotMeta}>
          {props.tags?.map((tag) => (
            <span key={tag} className={styles.tag}>
              {tag}
            </span>
          ))}
          {[
            ...(card ? [] : [shot.spec.framing, shot.spec.cameraMove]),
            // A trimmable shot shows its length on the frame, with the trim buttons.
            ...(props.onTrim ? [] : [`${shot.spec.durationSeconds} s`]),
          ].join(" · ")}
        </p>
        {!card && <p className={styles.heading}>{heading(shot.spec)}</p>}
        {!card && <p>{shot.spec.action}</p>}
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
        {!card && shot.frameVersions.length > 1 && (
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
          <ShotEditor<S>
            shot={shot}
            cast={show.characters.map((member) => ({ id: member.id, name: member.name }))}
            extras={props.editor?.extras}
            isPicture={props.editor?.isPicture}
            onCancel={() => setEditing(false)}
            onSave={async (patch) => {
              const refused = await props.onSave(patch);
              if (refused === null) {
                setEditing(false);
              }
              return refused;
            }}
          />
        ) : (
          <div className={styles.shotActions}>
            <button type="button" className="btn btn-sm" onClick={() => setEditing(true)}>
              Edit
            </button>
            {!card && (
              <>
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
                      window.confirm(
                        `Make a moving clip of this shot with the video model${price}?`,
                      )
                    ) {
                      props.onRequest("shot_clip", shot.id);
                    }
                  }}
                >
                  {shot.clip ? "Remake clip" : "Make clip"}
                  {clipCost ? ` · ${clipCost}` : ""}
                </button>
              </>
            )}
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
            {props.moreActions}
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
