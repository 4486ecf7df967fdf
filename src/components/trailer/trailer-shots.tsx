"use client";

import type { TrailerBoardView, TrailerShotSpec } from "@/lib/client/trailer-api";
import { trailerApi } from "@/lib/client/trailer-api";
import type { ShowDetail } from "@/lib/client/types";
import { ShotCard } from "../storyboard/shot-card";
import boardStyles from "../storyboard/storyboard.module.css";
import { movedOrder } from "../storyboard/use-board-action";
import { capitalized, TrailerShotFields } from "./trailer-shot-fields";

/** A new title card after a shot: the shot's beat, dissolving in, in words to change. */
const newCard = (after: TrailerShotSpec): TrailerShotSpec => ({
  ...after,
  characterIds: [],
  dialogue: [],
  narration: "",
  soundCue: "",
  action: "Title card.",
  durationSeconds: 3,
  card: "Coming soon",
  transitionIn: "dissolve",
});

/** The trailer's shots as cards: the storyboard's, with a beat, a card's words and a trim. */
export function TrailerShots(props: {
  show: ShowDetail;
  board: TrailerBoardView;
  busy: boolean;
  /** Resolves to the server's refusal, or null once done (use-board-action.ts). */
  run: (work: () => Promise<TrailerBoardView | undefined>) => Promise<string | null>;
  onRequest: (kind: string, target: string) => void;
}) {
  const { show, board, busy, run } = props;
  const move = (index: number, by: number) =>
    run(() => trailerApi.reorder(show.id, movedOrder(board.shots, index, by)));
  return (
    <ol className={boardStyles.shots}>
      {board.shots.map((shot, index) => (
        <ShotCard<TrailerShotSpec>
          key={shot.id}
          show={show}
          shot={shot}
          voices={board.voices}
          busy={busy}
          first={index === 0}
          last={index === board.shots.length - 1}
          testId="trailer-shot-card"
          tall={board.settings.aspect === "9:16"}
          card={shot.isCard ? shot.spec.card : undefined}
          tags={[
            capitalized(shot.spec.beat),
            ...(shot.spec.transitionIn === "dissolve" ? ["Dissolve"] : []),
          ]}
          clipCurrent={shot.clipCurrent}
          onTrim={(durationSeconds) =>
            run(() => trailerApi.updateShot(show.id, shot.id, { durationSeconds }))
          }
          editor={{
            extras: (spec, change) => (
              <TrailerShotFields spec={spec} change={change} choices={board.choices} />
            ),
            isPicture: (spec) => spec.card.trim() === "",
          }}
          onMove={(by) => move(index, by)}
          onSave={(patch) => run(() => trailerApi.updateShot(show.id, shot.id, patch))}
          onDelete={() =>
            run(async () => {
              await trailerApi.deleteShot(show.id, shot.id);
              return trailerApi.get(show.id);
            })
          }
          onAddAfter={() => run(() => trailerApi.addShot(show.id, shot.id))}
          moreActions={
            <button
              type="button"
              className="btn btn-sm btn-ghost"
              disabled={busy}
              onClick={() => run(() => trailerApi.addShot(show.id, shot.id, newCard(shot.spec)))}
            >
              Add card after
            </button>
          }
          onChooseFrame={(assetId) => run(() => trailerApi.chooseFrame(show.id, shot.id, assetId))}
          onRequest={props.onRequest}
        />
      ))}
    </ol>
  );
}
