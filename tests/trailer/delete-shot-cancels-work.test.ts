import { describe, expect, it } from "vitest";
import type { TaskDto } from "../../src/server/tasks/task-dto";
import { cutRoute, shotRoute, useTrailerEditorWorld } from "./trailer-routes";

/**
 * Deleting a shot while its frame, clip or takes are being made cancels that work: left running
 * it fails as "shot not found" in the dock, or finishes as paid work attached to nothing.
 * (The world holds every trailer kind running, so the work is in flight when the shot goes.)
 */
describe("deleting a shot cancels what is being made for it", () => {
  const world = useTrailerEditorWorld();
  const { call, readBoard } = world;
  const tasksOf = async (status: "queued" | "running" | "canceled") =>
    world.t.container.engine.list({ showId: world.showId, status, limit: 200 });
  const inFlight = async () => [...(await tasksOf("queued")), ...(await tasksOf("running"))];

  it("its frame and its takes stop; the other shots' work goes on", async () => {
    const cut = await call(cutRoute, "POST", { id: world.showId }, { body: {} });
    expect(cut.status).toBe(202);
    const board = await readBoard();
    const doomed = board.shots.find(
      (shot) => !shot.spec.card && shot.lines.length > 0 && shot.frame === null,
    )!;
    const isDoomed = (task: TaskDto) =>
      task.target === doomed.id || task.target?.startsWith(`${doomed.id}:`) === true;
    const before = await inFlight();
    expect(before.filter(isDoomed).map((task) => task.kind)).toEqual(
      expect.arrayContaining(["storyboard_frame", "voice_line"]),
    );
    const others = before.filter((task) => !isDoomed(task)).length;

    const deleted = await call(shotRoute, "DELETE", { id: world.showId, shotId: doomed.id });
    expect(deleted.status).toBe(204);

    const after = await inFlight();
    expect(after.filter(isDoomed)).toEqual([]);
    expect(after.length).toBe(others);
    const canceled = (await tasksOf("canceled")).filter(isDoomed);
    expect(canceled.length).toBe(before.filter(isDoomed).length);
  });
});
