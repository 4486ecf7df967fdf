import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { parseEnv } from "../../src/server/config/env";
import { createContainer } from "../../src/server/container";
import { timeShots } from "../../src/server/cut/time-shots";
import { episodes } from "../../src/server/db/schema";
import {
  bundledFfmpegPath,
  readFfmpegStderr,
} from "../../src/server/providers/offline/video/ffmpeg";
import type { EpisodeScript } from "../../src/server/shows/episode-script";
import type { StoryboardView } from "../../src/server/shows/storyboard-view";
import type { TaskEngine } from "../../src/server/tasks/task-engine";
import type { TestContainer } from "../helpers/test-container";
import { createTestDatabase } from "../helpers/test-database";
import { fastConfig, silentLogger } from "../helpers/test-engine";

/**
 * The test container with a patient worker: the chains below count every paid request, and on a
 * loaded machine the test engine's 1.5 s liveness window can declare a busy worker lost and run a
 * piece twice. Nothing here tests liveness.
 */
export async function createPatientContainer(env: Record<string, string>): Promise<TestContainer> {
  const testDb = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-storyboard-"));
  const container = await createContainer({
    env: parseEnv({ DATA_DIR: dataDir, GREENLIGHT_TEST_HOOKS: "true", ...env }),
    database: testDb.database,
    logger: silentLogger,
    engineConfig: { ...fastConfig, heartbeatMs: 1_000, staleAfterMs: 30_000 },
    worker: true,
  });
  return {
    container,
    dataDir,
    async close() {
      await container.close();
      await testDb.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Mean loudness (dBFS RMS) of a window of a media file's audio. */
export async function windowLevel(file: string, start: number, seconds: number): Promise<number> {
  const stderr = await readFfmpegStderr(bundledFfmpegPath, [
    "-ss",
    start.toFixed(3),
    "-t",
    seconds.toFixed(3),
    "-i",
    file,
    "-vn",
    "-af",
    "astats=metadata=0:reset=0",
    "-f",
    "null",
    "-",
  ]);
  const levels = [...stderr.matchAll(/RMS level dB: (-?[\d.]+|-inf)/g)].map((match) =>
    match[1] === "-inf" ? -120 : Number(match[1]),
  );
  return levels.at(-1) ?? -120;
}

/** Where each shot and line of a board falls in its cut, from the takes' measured lengths. */
export function timedBoard(board: StoryboardView) {
  return timeShots(
    board.shots.map((shot) => ({
      id: shot.id,
      plannedSeconds: shot.spec.durationSeconds,
      lines: shot.lines.map((line) => ({
        id: line.lineId,
        durationSeconds: line.take?.durationSeconds ?? 0,
      })),
    })),
  );
}

export async function episodeOne(engine: TaskEngine, showId: string) {
  const [first] = await engine.deps.db
    .select()
    .from(episodes)
    .where(and(eq(episodes.showId, showId), eq(episodes.number, 1)));
  if (!first) {
    throw new Error("the season has no episode 1");
  }
  return first;
}

const heading = (location: string, interior: boolean, timeOfDay: "day" | "night" | "dusk") => ({
  interior,
  location,
  timeOfDay,
});

/**
 * A cold open as a model writes one, for a cast of two: 9 shots, 52 s, lines for both speakers,
 * a narrated opening and an insert with nobody in it.
 */
export function realisticScript(first: string, second: string): EpisodeScript {
  const station = heading("Radio station booth", true, "night");
  const street = heading("Alfama street", false, "night");
  const shot = (
    spec: Partial<EpisodeScript["shots"][number]> &
      Pick<EpisodeScript["shots"][number], "durationSeconds" | "action">,
  ): EpisodeScript["shots"][number] => ({
    scene: station,
    framing: "medium",
    cameraMove: "static",
    characterIds: [],
    dialogue: [],
    narration: "",
    soundCue: "",
    ...spec,
  });
  return {
    shots: [
      shot({
        scene: street,
        framing: "extreme wide",
        cameraMove: "pan",
        durationSeconds: 6,
        action: "Rain runs down the steep street towards the lit window of the station.",
        narration: "Every night at three, the phones start ringing.",
        soundCue: "distant tram",
      }),
      shot({
        framing: "medium",
        cameraMove: "push-in",
        durationSeconds: 6,
        characterIds: [first],
        action: "Inês settles into the chair and pulls the microphone close.",
        dialogue: [
          { id: "l1", characterId: first, line: "Good evening, Lisbon.", delivery: "warm, low" },
        ],
      }),
      shot({
        framing: "insert",
        durationSeconds: 4,
        action: "The switchboard lights up, line four blinking red.",
        soundCue: "a phone rings",
      }),
      shot({
        framing: "over-the-shoulder",
        durationSeconds: 6,
        characterIds: [second, first],
        action: "Tomás leans in from behind the glass and points at the blinking line.",
        dialogue: [
          {
            id: "l2",
            characterId: second,
            line: "That line was disconnected years ago.",
            delivery: "nervous, whispering",
          },
        ],
      }),
      shot({
        framing: "close-up",
        durationSeconds: 5,
        characterIds: [first],
        action: "Inês hesitates, then presses the button.",
        dialogue: [
          { id: "l3", characterId: first, line: "You're on the air.", delivery: "steady" },
        ],
      }),
      shot({
        framing: "extreme close-up",
        cameraMove: "handheld",
        durationSeconds: 5,
        action: "Static crackles from the speaker grille.",
        narration: "The voice on the line knew her name.",
      }),
      shot({
        framing: "medium close-up",
        durationSeconds: 7,
        characterIds: [second],
        action: "Tomás backs away from the glass, white as chalk.",
        dialogue: [
          { id: "l4", characterId: second, line: "Cut the feed. Now.", delivery: "shouting" },
        ],
      }),
      shot({
        framing: "medium wide",
        durationSeconds: 6,
        characterIds: [first, second],
        action: "Inês raises a hand to stop him, listening.",
        dialogue: [
          {
            id: "l5",
            characterId: first,
            line: "No. Let her finish.",
            delivery: "quiet, firm",
          },
        ],
      }),
      shot({
        scene: street,
        framing: "wide",
        cameraMove: "tilt",
        durationSeconds: 7,
        action: "Outside, the station's window is the only light left on the hill.",
        soundCue: "wind",
      }),
    ],
  };
}
