import { describe, expect, it } from "vitest";
import { balanceLines, drawableText, fitFontSize, fitTextBlock } from "./fit-text";

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

describe("fitTextBlock", () => {
  const tagline = { width: 800, maxLines: 2, fontSize: 22, minFontSize: 15, weight: 600 } as const;

  it("keeps a short line at the design size", () => {
    expect(fitTextBlock("Small town, big secrets", tagline)).toEqual({
      text: "Small town, big secrets",
      fontSize: 22,
    });
  });

  it("shrinks a longer line before cutting it", () => {
    const text =
      "Every town has a secret and this one has been keeping it for a hundred years, until the new sheriff started asking the wrong questions";
    const fitted = fitTextBlock(text, tagline);
    expect(fitted.text).toBe(text);
    expect(fitted.fontSize).toBeLessThan(22);
    expect(fitted.fontSize).toBeGreaterThanOrEqual(15);
  });

  it("cuts 50,000 characters at a word with an ellipsis, at the floor size", () => {
    const fitted = fitTextBlock("secrets everywhere ".repeat(2_700), tagline);
    expect(fitted.fontSize).toBe(15);
    expect(fitted.text.length).toBeLessThan(250);
    expect(fitted.text).toMatch(/(secrets|everywhere)…$/);
  });

  it("cuts one endless word too", () => {
    expect(fitTextBlock("x".repeat(50_000), tagline).text.length).toBeLessThan(250);
  });
});

describe("drawableText", () => {
  it("drops bidi overrides and bounds the length", () => {
    expect(drawableText("Evil\u202Etwin  show", 80)).toBe("Eviltwin show");
    expect(drawableText("word ".repeat(10_000), 80).length).toBeLessThanOrEqual(80);
  });
});
