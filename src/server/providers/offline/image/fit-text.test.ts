import { describe, expect, it } from "vitest";
import { balanceLines, fitFontSize } from "./fit-text";

describe("balanceLines", () => {
  it("keeps one-word titles on one line", () => {
    expect(balanceLines("DUST", 3, 3)).toEqual(["DUST"]);
  });

  it("stacks longer titles into lines of similar length", () => {
    expect(balanceLines("THE SALT ARCHIVE", 3, 3)).toEqual(["THE SALT", "ARCHIVE"]);
    expect(balanceLines("PUDDING LANE IRREGULARS", 3, 3)).toEqual(["PUDDING LANE", "IRREGULARS"]);
  });

  it("does not strand a short word on a line of its own", () => {
    expect(balanceLines("WEEKEND AT THE OBSERVATORY", 3, 3)).toEqual([
      "WEEKEND AT THE",
      "OBSERVATORY",
    ]);
  });

  it("prefers fewer lines as each line costs more", () => {
    expect(balanceLines("THE SALT ARCHIVE", 2, 8)).toEqual(["THE SALT ARCHIVE"]);
  });

  it("never exceeds the line limit, even for long titles", () => {
    const few = "A VERY LONG TITLE OF MANY SMALL WORDS";
    expect(balanceLines(few, 3, 1).length).toBeLessThanOrEqual(3);
    const many = "ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN";
    expect(balanceLines(many, 3, 1)).toHaveLength(3);
    expect(balanceLines(many, 3, 1).join(" ")).toBe(many);
  });
});

describe("fitFontSize", () => {
  it("shrinks type for longer lines and clamps to the bounds", () => {
    const short = fitFontSize("DUST", 800, { max: 500 });
    const long = fitFontSize("IRREGULARITIES", 800, { max: 500 });
    expect(long).toBeLessThan(short);
    expect(fitFontSize("X", 800, { max: 120 })).toBe(120);
    expect(fitFontSize("X".repeat(500), 800, { min: 14 })).toBe(14);
  });
});
