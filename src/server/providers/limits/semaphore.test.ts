import { describe, expect, it } from "vitest";
import { createSemaphore } from "./semaphore";

/** A promise to settle by hand, for work whose end the test decides. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("semaphore", () => {
  it("never runs more than its limit at once, and starts waiters first come first served", async () => {
    const slots = createSemaphore(2);
    const gates = Array.from({ length: 5 }, gate);
    const started: number[] = [];
    let running = 0;
    let peak = 0;
    const runs = gates.map((g, index) =>
      slots.run(async () => {
        started.push(index);
        running += 1;
        peak = Math.max(peak, running);
        await g.opened;
        running -= 1;
        return index;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect([slots.inFlight, slots.waiting]).toEqual([2, 3]);

    gates[1]!.open();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) {
      g.open();
    }
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect([slots.inFlight, slots.waiting]).toEqual([0, 0]);
  });

  it("frees the slot when the work throws", async () => {
    const slots = createSemaphore(1);
    await expect(slots.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await slots.run(async () => "next")).toBe("next");
  });

  it("an abort while waiting leaves the queue without running the work", async () => {
    const slots = createSemaphore(1);
    const busy = gate();
    const first = slots.run(() => busy.opened);
    const controller = new AbortController();
    let ran = false;
    const waiting = slots.run(async () => {
      ran = true;
    }, controller.signal);
    await tick();
    expect(slots.waiting).toBe(1);

    controller.abort(new Error("canceled by the user"));
    await expect(waiting).rejects.toThrow("canceled by the user");
    expect(slots.waiting).toBe(0);
    busy.open();
    await first;
    expect(ran).toBe(false);
    expect(slots.inFlight).toBe(0);
  });

  it("refuses an already aborted signal and a limit below one", async () => {
    const slots = createSemaphore(1);
    await expect(slots.run(async () => 1, AbortSignal.abort(new Error("gone")))).rejects.toThrow(
      "gone",
    );
    expect(() => createSemaphore(0)).toThrow(RangeError);
  });
});
