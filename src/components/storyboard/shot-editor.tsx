"use client";

import { type ReactNode, useState } from "react";
import type { ShotSpec } from "@/lib/client/storyboard-api";
import { cameraMoves, shotFramings, timesOfDay } from "@/server/shows/shot-vocabulary";
import { textLimits } from "@/server/shows/text-limits";
import styles from "./storyboard.module.css";

const framings = shotFramings;
const moves = cameraMoves;
const times = timesOfDay;

export interface ShotEditorProps<S extends ShotSpec> {
  shot: { number: number; spec: S };
  cast: { id: string; name: string }[];
  /** Resolves to the server's refusal, shown by the Save button with the form kept as typed. */
  onSave: (patch: S) => Promise<string | null>;
  onCancel: () => void;
  /** Fields a board adds before the shot's own (a trailer shot's beat, card and transition). */
  extras?: (spec: S, change: (patch: Partial<S>) => void) => ReactNode;
  /** False while the shot is drawn without a picture (a title card): only its timing and words. */
  isPicture?: (spec: S) => boolean;
}

/** Every field of a shot; the server answers 400 naming a field it refuses. */
export function ShotEditor<S extends ShotSpec>(props: ShotEditorProps<S>) {
  const { shot, cast, onSave, onCancel } = props;
  const [spec, setSpec] = useState<S>(shot.spec);
  const [saving, setSaving] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const set = <K extends keyof ShotSpec>(key: K, value: ShotSpec[K]) =>
    setSpec((current) => ({ ...current, [key]: value }));
  const change = (patch: Partial<S>) => setSpec((current) => ({ ...current, ...patch }));
  const picture = props.isPicture?.(spec) ?? true;
  const nextLineId = () => {
    const used = new Set(spec.dialogue.map((line) => line.id));
    let n = spec.dialogue.length + 1;
    while (used.has(`l${n}`) || used.has(`s${shot.number}-l${n}`)) {
      n++;
    }
    return `s${shot.number}-l${n}`;
  };
  return (
    <form
      className={styles.editor}
      onSubmit={async (event) => {
        event.preventDefault();
        setSaving(true);
        setRefused(null);
        try {
          setRefused(await onSave(spec));
        } finally {
          setSaving(false);
        }
      }}
    >
      {props.extras?.(spec, change)}
      <div className={styles.editorRow}>
        {picture && (
          <>
            <label>
              Framing
              <select
                value={spec.framing}
                onChange={(event) => set("framing", event.target.value as ShotSpec["framing"])}
              >
                {framings.map((framing) => (
                  <option key={framing}>{framing}</option>
                ))}
              </select>
            </label>
            <label>
              Camera
              <select
                value={spec.cameraMove}
                onChange={(event) =>
                  set("cameraMove", event.target.value as ShotSpec["cameraMove"])
                }
              >
                {moves.map((move) => (
                  <option key={move}>{move}</option>
                ))}
              </select>
            </label>
          </>
        )}
        <label>
          Seconds
          <input
            type="number"
            min={2}
            max={8}
            step={0.5}
            value={spec.durationSeconds}
            onChange={(event) => set("durationSeconds", Number(event.target.value))}
          />
        </label>
      </div>
      {picture && (
        <>
          <div className={styles.editorRow}>
            <label>
              Place
              <select
                value={spec.scene.interior ? "int" : "ext"}
                onChange={(event) =>
                  set("scene", { ...spec.scene, interior: event.target.value === "int" })
                }
              >
                <option value="int">Interior</option>
                <option value="ext">Exterior</option>
              </select>
            </label>
            <label className={styles.grow}>
              Location
              <input
                value={spec.scene.location}
                maxLength={textLimits.label}
                required
                onChange={(event) => set("scene", { ...spec.scene, location: event.target.value })}
              />
            </label>
            <label>
              Time
              <select
                value={spec.scene.timeOfDay}
                onChange={(event) =>
                  set("scene", {
                    ...spec.scene,
                    timeOfDay: event.target.value as ShotSpec["scene"]["timeOfDay"],
                  })
                }
              >
                {times.map((time) => (
                  <option key={time}>{time}</option>
                ))}
              </select>
            </label>
          </div>
          <label>
            Action
            <textarea
              value={spec.action}
              maxLength={textLimits.sentence}
              required
              rows={2}
              onChange={(event) => set("action", event.target.value)}
            />
          </label>
          <fieldset className={styles.castPicker}>
            <legend>In frame</legend>
            {cast.map((member) => (
              <label key={member.id}>
                <input
                  type="checkbox"
                  checked={spec.characterIds.includes(member.id)}
                  onChange={(event) =>
                    set(
                      "characterIds",
                      event.target.checked
                        ? [...spec.characterIds, member.id]
                        : spec.characterIds.filter((id) => id !== member.id),
                    )
                  }
                />
                {member.name}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <fieldset className={styles.dialogue}>
        <legend>Dialogue</legend>
        {spec.dialogue.map((line, index) => (
          <div key={line.id} className={styles.editorRow}>
            <select
              aria-label="Speaker"
              value={line.characterId}
              onChange={(event) =>
                set(
                  "dialogue",
                  spec.dialogue.map((other, at) =>
                    at === index ? { ...other, characterId: event.target.value } : other,
                  ),
                )
              }
            >
              {cast.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
            <input
              aria-label="Line"
              className={styles.grow}
              value={line.line}
              maxLength={textLimits.sentence}
              required
              onChange={(event) =>
                set(
                  "dialogue",
                  spec.dialogue.map((other, at) =>
                    at === index ? { ...other, line: event.target.value } : other,
                  ),
                )
              }
            />
            <input
              aria-label="Delivery"
              placeholder="delivery"
              value={line.delivery}
              maxLength={textLimits.label}
              onChange={(event) =>
                set(
                  "dialogue",
                  spec.dialogue.map((other, at) =>
                    at === index ? { ...other, delivery: event.target.value } : other,
                  ),
                )
              }
            />
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              aria-label="Remove this line"
              onClick={() =>
                set(
                  "dialogue",
                  spec.dialogue.filter((_, at) => at !== index),
                )
              }
            >
              ✕
            </button>
          </div>
        ))}
        {cast.length > 0 && spec.dialogue.length < 6 && (
          <button
            type="button"
            className="btn btn-sm btn-ghost"
            onClick={() =>
              set("dialogue", [
                ...spec.dialogue,
                {
                  id: nextLineId(),
                  characterId: spec.characterIds[0] ?? cast[0]!.id,
                  line: "",
                  delivery: "",
                },
              ])
            }
          >
            Add a line
          </button>
        )}
      </fieldset>
      <label>
        Narration
        <textarea
          value={spec.narration}
          maxLength={textLimits.sentence}
          rows={2}
          onChange={(event) => set("narration", event.target.value)}
        />
      </label>
      <label>
        Sound cue
        <input
          value={spec.soundCue}
          maxLength={textLimits.label}
          onChange={(event) => set("soundCue", event.target.value)}
        />
      </label>
      <div className={styles.shotActions}>
        <button type="submit" className="btn btn-primary btn-sm" disabled={saving}>
          Save shot
        </button>
        <button type="button" className="btn btn-sm btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {refused && (
        <p className="field-error" data-testid="shot-save-problem">
          Not saved: {refused}
        </p>
      )}
    </form>
  );
}
