import { afterAll, describe, expect, it } from "vitest";
import { imageFontFiles } from "../providers/offline/image/fonts";
import { type Box, div } from "../providers/offline/image/render-svg";
import { RenderPool } from "./render-pool";

const size = { width: 640, height: 360 };
const fonts = imageFontFiles();
const crashMessage = "The renderer crashed on this text; shorten it and try again";

/** A card as the title card lays it out, with whatever tagline it is given, unfitted. */
const card = (tagline: string): Box =>
  div(
    {
      width: size.width,
      height: size.height,
      backgroundColor: "#101820",
      alignItems: "center",
      justifyContent: "center",
      fontFamily: "Inter",
    },
    div(
      {
        fontSize: 22,
        fontWeight: 600,
        color: "#f3efe6",
        maxWidth: size.width * 0.8,
        textAlign: "center",
      },
      tagline,
    ),
  );

const isPng = (data: Buffer | string) =>
  Buffer.isBuffer(data) && data.subarray(1, 4).toString("latin1") === "PNG";

describe("RenderPool", () => {
  const pools: RenderPool[] = [];
  const pool = (options: ConstructorParameters<typeof RenderPool>[0] = {}) => {
    const created = new RenderPool(options);
    pools.push(created);
    return created;
  };
  afterAll(() => {
    for (const created of pools) {
      created.close();
    }
  });

  it("renders a PNG in a child process", async () => {
    const renders = pool({ children: 1 });
    const png = await renders.render({ op: "png", tree: card("Small town"), size, fonts });
    expect(isPng(png)).toBe(true);
    expect(renders.pids()).toHaveLength(1);
    expect(renders.pids()).not.toContain(process.pid);
  });

  it("fails a render whose child was SIGKILLed mid-render with the clear message; the next works", async () => {
    const renders = pool({ children: 1 });
    await renders.render({ op: "png", tree: card("warm-up"), size, fonts });
    const running = renders.render({
      op: "png",
      tree: card("A long night in a small town "),
      size: { width: 2400, height: 2400 },
      fonts,
    });
    const [pid] = renders.busyPids();
    expect(pid).toBeDefined();
    process.kill(pid!, "SIGKILL");
    // What the task engine reads: the message the user sees, and no retry into the same crash.
    await expect(running).rejects.toMatchObject({
      userMessage: crashMessage,
      code: "render_crashed",
      retryable: false,
    });
    const next = await renders.render({ op: "png", tree: card("Small town"), size, fonts });
    expect(isPng(next)).toBe(true);
    expect(renders.pids()).not.toContain(pid);
  });

  it("kills a render that runs past its timeout and says so", async () => {
    const renders = pool({ children: 1, timeoutMs: 1 });
    await expect(
      renders.render({ op: "png", tree: card("Small town"), size, fonts }),
    ).rejects.toMatchObject({ code: "render_timeout", retryable: false });
  });
});
