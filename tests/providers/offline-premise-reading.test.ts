import { describe, expect, it } from "vitest";
import { analyzePremise } from "@/server/providers/offline/text/premise-analysis";
import { chooseStyle } from "@/server/providers/offline/text/show-style";
import { type LabelledPremise, premises40, sanityPremises } from "../fixtures/premises-40";

/** What the offline writer makes of a premise, next to what a reader would say. */
function reading(labelled: LabelledPremise) {
  const style = chooseStyle(analyzePremise(labelled.premise));
  return {
    premise: labelled.premise,
    genre: [labelled.genre].flat().includes(style.genre.key) ? "as labelled" : style.genre.key,
    tone: labelled.tones.includes(style.tone.id) ? "as labelled" : style.tone.id,
    forKids:
      labelled.audience === "family" || (labelled.audience === "kids") === style.forKids
        ? "as labelled"
        : style.forKids,
    medium:
      !labelled.medium || labelled.medium === style.medium.id ? "as labelled" : style.medium.id,
  };
}

const asLabelled = (premise: string) => ({
  premise,
  genre: "as labelled",
  tone: "as labelled",
  forKids: "as labelled",
  medium: "as labelled",
});

describe("reading a premise's genre, tone, audience and medium", () => {
  it("agrees with a reader on all 40 held-out premises", () => {
    expect(premises40).toHaveLength(40);
    expect(premises40.map(reading)).toEqual(premises40.map((entry) => asLabelled(entry.premise)));
  });

  it("agrees on premises the rules were not tuned on", () => {
    expect(sanityPremises.map(reading)).toEqual(
      sanityPremises.map((entry) => asLabelled(entry.premise)),
    );
  });
});
