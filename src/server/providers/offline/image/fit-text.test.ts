import { describe, expect, it } from "vitest";
import { balanceLines, fitFontSize } from "./fit-text";

describe("balanceLines", () => {
  it("keeps short titles on one line", () => {
    expect(balanceLines("DUST", 12, 3)).toEqual(["DUST"]);
  });

  it("splits longer titles into lines of similar length", () => {
    expect(balanceLines("THE SALT ARCHIVE", 12, 3)).toEqual(["THE SALT", "ARCHIVE"]);
    expect(balanceLines("PUDDING LANE IRREGULARS", 12, 3)).toEqual(["PUDDING LANE", "IRREGULARS"]);
  });

  it("never exceeds the line limit", () => {
    expect(balanceLines("A VERY LONG TITLE OF MANY SMALL WORDS INDEED", 8, 3)).toHaveLength(3);
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
