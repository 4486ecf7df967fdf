import { describe, expect, it } from "vitest";
import { claymationBlueprint } from "../providers/offline/image/test-fixtures";
import { blueprintSchema } from "./documents";
import { fitDocument } from "./fit-document";
import { textLimits } from "./text-limits";
import { truncateAtWord } from "./truncate-text";

describe("fitDocument", () => {
  it("cuts a model's over-long fields at a word boundary instead of failing the document", () => {
    const rambling = {
      ...claymationBlueprint,
      logline: "A clay detective solves tiny crimes in a town of plasticine. ".repeat(40),
      tagline: "Everything\u202Ewill be moulded ".repeat(30),
      themes: ["one", "two", "three", "four", "five", "six", "seven", "eight"],
    };
    expect(blueprintSchema.safeParse(rambling).success).toBe(false);
    const fitted = blueprintSchema.parse(fitDocument(blueprintSchema, rambling));
    expect(fitted.logline.length).toBeLessThanOrEqual(textLimits.logline);
    expect(fitted.logline).toMatch(/^A clay detective solves .*\w…$/);
    expect(fitted.tagline.length).toBeLessThanOrEqual(textLimits.tagline);
    expect(fitted.tagline).not.toContain("\u202E");
    expect(fitted.themes).toHaveLength(6);
    expect(fitted.title).toBe(claymationBlueprint.title);
  });

  it("leaves what no cut can fix for the schema to reject", () => {
    const broken = { ...claymationBlueprint, title: "" };
    expect(blueprintSchema.safeParse(fitDocument(blueprintSchema, broken)).success).toBe(false);
  });
});

describe("truncateAtWord", () => {
  it("ends on a whole word with an ellipsis, within the limit", () => {
    expect(truncateAtWord("the quick brown fox jumps", 16)).toBe("the quick brown…");
    expect(truncateAtWord("short", 16)).toBe("short");
    expect(truncateAtWord("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
