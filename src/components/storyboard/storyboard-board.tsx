"use client";

import { useTaskActions } from "@/hooks/use-tasks";
import { api } from "@/lib/client/api";
import { type StoryboardView, storyboardApi } from "@/lib/client/storyboard-api";
import type { Episode, ShowDetail } from "@/lib/client/types";
import { AnimaticPlayer } from "./animatic-player";
import { ShotCard } from "./shot-card";
import styles from "./storyboard.module.css";
import { movedOrder, useBoardAction } from "./use-board-action";
import { useStoryboard } from "./use-storyboard";
import { VoiceCast } from "./voice-cast";

const seconds = (value: number) => `${Math.round(value)} s`;

export function StoryboardBoard({ show, episode }: { show: ShowDetail; episode: Episode }) {
  const { board, error, replace, active } = useStoryboard(show.id, episode.id);
  const actions = useTaskActions();
  const { busy, problem, run } = useBoardAction<StoryboardView>(replace);
  if (!board) {
    return error ? (
      <p role="alert">{error}</p>
    ) : (
      <div
        className={styles.skeleton}
        role="status"
        aria-busy="true"
        aria-label="Loading the storyboard"
      />
    );
  }
  const working = active.filter((task) => task.kind !== "shot_clip").length;
  const hasShots = board.shots.length > 0;
  const move = (index: number, by: number) =>
    run(() => storyboardApi.reorder(show.id, episode.id, movedOrder(board.shots, index, by)));
  return (
    <div className={styles.board} data-testid="storyboard">
      <div className={styles.toolbar}>
        <div>
          <h3 className={styles.boardTitle}>
            Episode {episode.number}: {episode.title}
          </h3>
          <p className="muted">
            {hasShots
              ? `${board.shots.length} shots · ${seconds(board.plannedSeconds)} planned`
              : "No script yet"}
            {working > 0 && ` · ${working} piece${working > 1 ? "s" : ""} in progress`}
          </p>
        </div>
        <div className={styles.toolbarActions}>
          {hasShots && (
            <button
              type="button"
              className="btn btn-sm"
              disabled={busy}
              onClick={() => {
                if (
                  window.confirm(
                    "Write a new script? It replaces every shot on this board (their frames and takes stay in the history).",
                  )
                ) {
                  void run(async () => {
                    await actions.request(show.id, "episode_script", episode.id);
                    return undefined;
                  });
                }
              }}
            >
              Rewrite script
            </button>
          )}
          <button
            type="button"
            className="btn btn-primary btn-sm"
            disabled={busy || (board.animaticCurrent && working === 0)}
            data-testid="make-animatic"
            onClick={() =>
              run(async () => (await storyboardApi.makeAnimatic(show.id, episode.id)).storyboard)
            }
          >
            {!hasShots
              ? "Make storyboard & animatic"
              : board.animatic && !board.animaticCurrent
                ? "Re-cut animatic"
                : board.animatic
                  ? "Animatic is current"
                  : "Make animatic"}
          </button>
        </div>
      </div>
      {problem && (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      )}
      {board.animatic && (
        <AnimaticPlayer
          animatic={board.animatic}
          captions={board.subtitles.vtt}
          srt={board.subtitles.srt}
          timeline={board.timeline}
          current={board.animaticCurrent}
          burned={
            episode.animaticVersions.find((version) =>
              version.prompt.endsWith("burned-in captions"),
            ) ?? null
          }
          onBurn={() =>
            run(async () => {
              await api.requestTask(show.id, "episode_animatic", episode.id, {
                burnCaptions: true,
              });
              return undefined;
            })
          }
          busy={busy}
        />
      )}
      {hasShots && (
        <>
          <ol className={styles.shots}>
            {board.shots.map((shot, index) => (
              <ShotCard
                key={shot.id}
                show={show}
                shot={shot}
                voices={board.voices}
                busy={busy}
                first={index === 0}
                last={index === board.shots.length - 1}
                onMove={(by) => move(index, by)}
                onSave={(patch) => run(() => storyboardApi.updateShot(show.id, shot.id, patch))}
                onDelete={() =>
                  run(async () => {
                    await storyboardApi.deleteShot(show.id, shot.id);
                    return storyboardApi.get(show.id, episode.id);
                  })
                }
                onAddAfter={() => run(() => storyboardApi.addShot(show.id, episode.id, shot.id))}
                onChooseFrame={(assetId) =>
                  run(() => storyboardApi.chooseFrame(show.id, shot.id, assetId))
                }
                onRequest={(kind, target) =>
                  run(async () => {
                    await actions.request(show.id, kind, target);
                    return undefined;
                  })
                }
              />
            ))}
          </ol>
          <VoiceCast
            show={show}
            board={board}
            onChanged={() => run(() => storyboardApi.get(show.id, episode.id))}
          />
        </>
      )}
    </div>
  );
}
