import { describe, expect, it } from "vitest";
import { nudgeVideoJob, waitForNextPoll, watchJob } from "./poll-nudges";

const minute = 60_000;

describe("poll nudges", () => {
  it("a nudge ends a long wait at once", async () => {
    const watch = watchJob("p_wait");
    const started = Date.now();
    const waiting = waitForNextPoll(watch, minute, new AbortController().signal);
    expect(nudgeVideoJob("p_wait")).toBe(true);
    await waiting;
    expect(Date.now() - started).toBeLessThan(1_000);
    watch.release();
  });

  it("a nudge that lands mid-poll cuts the next wait short, once", async () => {
    const watch = watchJob("p_mid_poll");
    nudgeVideoJob("p_mid_poll");
    await waitForNextPoll(watch, minute, new AbortController().signal);
    const controller = new AbortController();
    const next = waitForNextPoll(watch, minute, controller.signal);
    controller.abort(new Error("stopped"));
    await expect(next).rejects.toThrow("stopped");
    watch.release();
  });

  it("jobs nobody here polls are not remembered", () => {
    const watch = watchJob("p_released");
    watch.release();
    expect(nudgeVideoJob("p_released")).toBe(false);
    expect(nudgeVideoJob("p_never_seen")).toBe(false);
  });
});
