import { describe, expect, it } from "vitest";
import { readTraits } from "./character-traits";
import { lookFamily } from "./medium";

const traits = (appearance: string, wardrobe = "") => readTraits({ appearance, wardrobe });

describe("readTraits", () => {
  it("reads the hair colour next to the hair, not elsewhere in the sentence", () => {
    expect(traits("Grey eyes and brown hair.").hairColor).toBe("#5b3a24");
    expect(traits("Close-cropped silver hair.").hairColor).toBe("#a8a8ae");
    expect(traits("Long dark brown hair.").hairColor).toBe("#3b2a20");
    expect(traits("Strawberry blonde curls.").hairColor).toBe("#c9784a");
    expect(traits("A black coat; a kind face.").hairColor).toBeNull();
  });

  it("reads skin tone, deepest wording first", () => {
    expect(traits("Deep brown skin.").skinTone).toBe(0.9);
    expect(traits("Olive skin.").skinTone).toBe(0.45);
    expect(traits("Pale and thin.").skinTone).toBe(0.05);
    expect(traits("Tall.").skinTone).toBeNull();
  });

  it("finds glasses in the wardrobe and beards in the appearance", () => {
    expect(traits("Tall.", "Reading glasses on a cord.").glasses).toBe(true);
    expect(traits("A greying beard.").beard).toBe(true);
    expect(traits("Shaved head.").bald).toBe(true);
    expect(traits("Tall.")).toMatchObject({ glasses: false, beard: false, bald: false });
  });
});

describe("lookFamily", () => {
  it("reads free-text media by keyword, live action otherwise", () => {
    expect(lookFamily("stop-motion claymation")).toBe("clay");
    expect(lookFamily("2D anime")).toBe("anime");
    expect(lookFamily("hand-drawn 2D cartoon")).toBe("cartoon");
    expect(lookFamily("black-and-white neo-noir")).toBe("noir");
    expect(lookFamily("prestige live action")).toBe("live");
    expect(lookFamily("documentary")).toBe("live");
  });
});
