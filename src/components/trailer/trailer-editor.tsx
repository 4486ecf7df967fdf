"use client";

import { type ReactNode, useState } from "react";
import { useTaskActions } from "@/hooks/use-tasks";
import { type TrailerBoardView, type TrailerShape, trailerApi } from "@/lib/client/trailer-api";
import type { ShowDetail } from "@/lib/client/types";
import { useCostLabel } from "../console/estimates-context";
import { TrailerDownloads } from "../shows/trailer-downloads";
import boardStyles from "../storyboard/storyboard.module.css";
import { useBoardAction } from "../storyboard/use-board-action";
import { cutStatusLine } from "./recut-label";
import styles from "./trailer.module.css";
import { TrailerShapePicker } from "./trailer-shape-picker";
import { TrailerShots } from "./trailer-shots";
import { TrailerStrip } from "./trailer-strip";

const seconds = (value: number) => `${Math.round(value)} s`;

/**
 * The trailer's controls and board: its length and shape, "Cut trailer" with what it will make and
 * cost, the downloads of the cut, the timeline strip and a card per shot to reorder, trim, rewrite,
 * redraw or delete. Every answer of the server replaces the board; tasks settling reload it.
 */
export function TrailerEditor(props: {
  show: ShowDetail;
  board: TrailerBoardView;
  replace: (board: TrailerBoardView) => void;
  /** Pieces and cuts queued or running for the trailer. */
  working: number;
  /** The cut's player, beside the controls. */
  player: ReactNode;
}) {
  const { show, board, replace, working } = props;
  const actions = useTaskActions();
  const { busy, problem, run } = useBoardAction(replace);
  const scriptCost = useCostLabel("trailer_script");
  // The pick shows at once; the board's own settings take over when the server answers.
  const [picked, setPicked] = useState<Partial<TrailerShape>>({});
  const hasShots = board.shots.length > 0;
  const current = board.cut !== null && board.cutCurrent;
  return (
    <div className={styles.editor} data-testid="trailer-editor">
      <div className={styles.top} data-shape={board.settings.aspect === "9:16" ? "tall" : "wide"}>
        <div className={styles.player}>{props.player}</div>
        <div className={styles.controls}>
          <TrailerShapePicker
            shape={{ ...board.settings, ...picked }}
            choices={board.choices}
            disabled={busy}
            // The script being written keeps its length until it lands (the server says 409).
            lengthLocked={board.writingScript}
            onChange={(shape) => {
              const newLength = shape.seconds !== undefined && hasShots;
              const price = scriptCost ? ` (${scriptCost.toLowerCase()})` : "";
              if (
                newLength &&
                !window.confirm(
                  `Write a new ${shape.seconds}-second trailer script${price}? It replaces every shot on this board (their frames and takes stay in the history).`,
                )
              ) {
                return;
              }
              setPicked(shape);
              void run(async () => (await trailerApi.setShape(show.id, shape)).trailer).finally(
                () => setPicked({}),
              );
            }}
          />
          <div className={styles.cut}>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || (current && working === 0)}
              data-testid="cut-trailer"
              onClick={() => run(async () => (await trailerApi.cut(show.id)).trailer)}
            >
              {current ? "Trailer is current" : board.cut ? "Re-cut trailer" : "Cut trailer"}
            </button>
            <p className={styles.estimate} data-testid="recut-estimate">
              {cutStatusLine(board)}
            </p>
          </div>
          <p className="muted">
            {hasShots
              ? `${board.shots.length} shots · ${seconds(board.plannedSeconds)} with the end card`
              : "No trailer script yet"}
            {working > 0 && ` · ${working} piece${working > 1 ? "s" : ""} in progress`}
            {board.cut && !board.cutCurrent && " · the board changed since this cut"}
          </p>
          <TrailerDownloads show={show} />
        </div>
      </div>
      {problem && (
        <p role="alert" className={boardStyles.problem}>
          {problem}
        </p>
      )}
      {hasShots && (
        <>
          <TrailerStrip board={board} />
          <TrailerShots
            show={show}
            board={board}
            busy={busy}
            run={run}
            onRequest={(kind, target) =>
              run(async () => {
                await actions.request(show.id, kind, target);
                return undefined;
              })
            }
          />
        </>
      )}
    </div>
  );
}
