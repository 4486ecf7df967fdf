import { describe, expect, it } from "vitest";
import { definiteReference, genderOf } from "./noun-phrase";
import { analyzePremise } from "./premise-analysis";
import { chooseStyle } from "./show-style";

const read = (premise: string) => {
  const analysis = analyzePremise(premise);
  return {
    analysis,
    lead: analysis.subject ? definiteReference(analysis.subject) : null,
    place: analysis.place ? definiteReference(analysis.place) : null,
    hook: analysis.hook ? definiteReference(analysis.hook) : null,
  };
};

describe("analyzePremise", () => {
  it("finds the lead, the place and the hook of a plain premise", () => {
    const { analysis, lead, place, hook } = read(
      "A retired lighthouse keeper on a remote Scottish island discovers the fog is alive.",
    );
    expect(lead).toBe("the lighthouse keeper");
    expect(place).toBe("the island");
    expect(analysis.placeText).toBe("a remote Scottish island");
    expect(hook).toBe("the fog");
  });

  it("reads plural subjects, their gender and a named locale", () => {
    const { analysis, lead } = read(
      "Two estranged sisters inherit a haunted bakery in 1970s Naples.",
    );
    expect(lead).toBe("the two sisters");
    expect(analysis.subject?.plural).toBe(true);
    expect(genderOf(analysis.subject)).toBe("female");
    expect(analysis.placeText).toBe("a haunted bakery in 1970s Naples");
    expect(analysis.era).toBe("1970s");
  });

  it("looks past the format to the hero", () => {
    const { analysis, lead } = read(
      "A claymation comedy about a family of moles running a hotel under a golf course.",
    );
    expect(lead).toBe("the moles");
    expect(analysis.placeText).toBe("a hotel under a golf course");
  });

  it("skips scene-setting verbs to find what the story is about", () => {
    const { hook } = read(
      "Kids on a Mars colony form a detective club to find out who stole the oxygen garden.",
    );
    expect(hook).toBe("the oxygen garden");
  });

  it("keeps names and does not wrap a premise that is not a clause", () => {
    const { analysis, place } = read(
      "In 1920s Chicago, a jazz pianist who moonlights as a hitman falls for the detective hunting him.",
    );
    expect(place).toBe("Chicago");
    expect(analysis.placeText).toBe("1920s Chicago");
  });

  it("finds no person where the premise names none", () => {
    expect(read("Time travel").lead).toBeNull();
    expect(read("A mockumentary about the worst zoo in Britain").lead).toBeNull();
  });

  it("agrees base verbs with plural subjects", () => {
    expect(read("Vampire roommates try to pass a health inspection.").lead).toBe(
      "the vampire roommates",
    );
    expect(read("Aliens land in a suburban cul-de-sac and nobody notices.").place).toBe(
      "the cul-de-sac",
    );
  });
});

describe("chooseStyle", () => {
  const style = (premise: string) => chooseStyle(analyzePremise(premise));

  it("honours a medium the premise names", () => {
    expect(style("A claymation comedy about a family of moles.").medium.name).toBe(
      "stop-motion claymation",
    );
    expect(style("An anime about a girl and her robot.").medium.name).toBe("2D anime");
    expect(style("A noir detective story in a city where it never stops raining.").genre.key).toBe(
      "noir",
    );
  });

  it("recognises shows for children", () => {
    expect(style("Kids on a Mars colony form a detective club.").forKids).toBe(true);
    expect(style("A retired lighthouse keeper discovers the fog is alive.").forKids).toBe(false);
  });
});
