import { describe, expect, it } from "vitest";
import { avatarChoices } from "./avatar";
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

describe("readTraits, beyond hair and skin", () => {
  it("reads an animal character as the animal, in its coat's colour", () => {
    const monkey = traits("A tall and rangy monkey, with glossy chocolate-brown fur.");
    expect(monkey.creature).toMatchObject({ kind: "monkey", ears: "round", face: "muzzle" });
    expect(monkey.coatColor).toBe("#5b3a24");
    expect(traits("A short and solid frog, with mottled green skin.")).toMatchObject({
      creature: { kind: "frog" },
      coatColor: "#3f8d5d",
    });
    expect(traits("A bear of a man, with a grey beard.").creature).toBeNull();
    expect(traits("Tall, with olive skin and a dog called Rex.").creature).toBeNull();
  });

  it("draws an animal with ears and a muzzle, not a haircut nobody wrote", () => {
    const monkey = traits("A tall and rangy monkey, with glossy chocolate-brown fur.");
    const { components, overlays } = avatarChoices(
      "x",
      monkey,
      { hair: "#333333", clothing: "#884422", skinTone: 0.5, skin: "#5b3a24" },
      "light",
    );
    expect(components.top).toBeUndefined();
    expect(components.skinColor).toBe("#5b3a24");
    expect(overlays).toEqual(expect.arrayContaining(["animalEars", "muzzle"]));
  });

  it("keeps curls curly, a sunflower cardigan a cardigan and a woman's thinning hair on her head", () => {
    expect(traits("A tangle of auburn curls.").hairStyle).toBe("curlyLong");
    expect(traits("Tall.", "A sunflower-yellow cardigan.").accessories).not.toContain("flower");
    expect(traits("Tall.", "A sunflower-yellow cardigan.").clothingColor).toBe("#eec12e");
    const thinning = readTraits({
      appearance: "Thinning white hair combed with great care.",
      wardrobe: "",
      pronouns: "she/her",
    });
    expect(thinning.hairStyle).toBe("balding");
    expect(
      avatarChoices("x", thinning, { hair: "#eeeeee", clothing: "#333333", skinTone: 0.2 }, "grave")
        .components.top,
    ).not.toBe("sides");
  });
});
