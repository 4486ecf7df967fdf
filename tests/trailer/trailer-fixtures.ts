import { eq } from "drizzle-orm";
import { shots, shows } from "../../src/server/db/schema";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { createShow } from "../../src/server/shows/create-show";
import { loadCharacters } from "../../src/server/shows/show-records";
import {
  type TrailerShotSpec,
  trailerScriptSchema,
  trailerSequence,
} from "../../src/server/shows/trailer-script";
import type { TaskEngine } from "../../src/server/tasks/task-engine";
import { waitForStatus } from "../helpers/test-engine";

/** Every kind a trailer board requests, held running so a test sees what was asked for. */
export const heldTrailerKinds = {
  testDelays: {
    kinds: ["trailer_script", "storyboard_frame", "voice_line", "score", "shot_clip", "trailer"],
    seconds: 300,
  },
};

/**
 * A trailer as a model writes one, for a cast of two: seven shots in a trailer's shape, 27 s, a
 * narrated hook, a line for each character, the title card (no frame) and a button.
 */
export function trailerBoardSpecs(first: string, second: string): TrailerShotSpec[] {
  const market = { interior: false, location: "Night market", timeOfDay: "night" } as const;
  const shot = (
    spec: Partial<TrailerShotSpec> & Pick<TrailerShotSpec, "beat" | "durationSeconds" | "action">,
  ): TrailerShotSpec => ({
    scene: market,
    framing: "medium",
    cameraMove: "static",
    characterIds: [],
    dialogue: [],
    narration: "",
    soundCue: "",
    card: "",
    transitionIn: "cut",
    ...spec,
  });
  const specs = [
    shot({
      beat: "hook",
      durationSeconds: 4,
      framing: "extreme wide",
      cameraMove: "push-in",
      action: "Steam rises over a hundred stalls under paper lanterns.",
      narration: "Every night at midnight, the market opens.",
    }),
    shot({
      beat: "world",
      durationSeconds: 3,
      framing: "insert",
      action: "A cleaver comes down on a board.",
      soundCue: "music enters",
    }),
    shot({
      beat: "characters",
      durationSeconds: 4,
      characterIds: [first],
      action: "She wipes the counter without looking up.",
      dialogue: [{ id: "l1", characterId: first, line: "We're closed.", delivery: "dry" }],
    }),
    shot({
      beat: "stakes",
      durationSeconds: 4,
      transitionIn: "dissolve",
      characterIds: [second],
      action: "He slides a photograph across the counter.",
      dialogue: [{ id: "l2", characterId: second, line: "Not for this.", delivery: "low" }],
    }),
    shot({
      beat: "escalation",
      durationSeconds: 3,
      framing: "close-up",
      cameraMove: "handheld",
      characterIds: [first, second],
      action: "A lantern falls and the stalls go dark.",
    }),
    shot({
      beat: "title",
      durationSeconds: 3,
      action: "Title card.",
      card: "THE NIGHT SHIFT",
      transitionIn: "dissolve",
    }),
    shot({
      beat: "button",
      durationSeconds: 3,
      characterIds: [first],
      action: "She hands him a bowl.",
      dialogue: [{ id: "l3", characterId: first, line: "Eat first.", delivery: "" }],
    }),
  ];
  return trailerScriptSchema.parse({ shots: specs }).shots;
}

/**
 * A show with a blueprint, a cast of two and a trailer board written straight in (as the trailer
 * script would leave it), autopilot off, and the board's pieces held when requested: a test
 * reads what was asked for without frames landing meanwhile.
 */
export async function showWithTrailerBoard(engine: TaskEngine, ownerId: string, premise: string) {
  const { db } = engine.deps;
  const show = await createShow(
    engine,
    { premise, autopilot: false, settings: { characterCount: 2 } },
    ownerId,
  );
  await driveShow(engine, show.id, { extras: false, idleTimeoutMs: 60_000 });
  const { task } = await engine.request({
    showId: show.id,
    kind: "characters",
    title: "Cast",
    source: "test",
  });
  await waitForStatus(engine, task.id, "succeeded", 120_000);
  const cast = await loadCharacters(db, show.id);
  const [first, second] = cast;
  if (!first || !second) {
    throw new Error("the cast has fewer than two characters");
  }
  const [row] = await db.select().from(shows).where(eq(shows.id, show.id));
  await db
    .update(shows)
    .set({ settings: { ...(row!.settings as object), ...heldTrailerKinds } })
    .where(eq(shows.id, show.id));
  const specs = trailerBoardSpecs(first.id, second.id);
  await db.insert(shots).values(
    specs.map((spec, position) => ({
      showId: show.id,
      sequence: trailerSequence,
      position,
      spec,
    })),
  );
  return { showId: show.id, cast, specs };
}
