import { describe, expect, it } from "vitest";
import { showSlugMaxLength, showSlugPattern, slugFromPremise } from "./show-slug";

describe("slugFromPremise", () => {
  it("reads as the premise's first words with a random suffix", () => {
    const slug = slugFromPremise("A 2D anime about a teenage chef who cooks for spirits.");
    expect(slug).toMatch(/^a-2d-anime-about-a-teenage-[0-9a-f]{6}$/);
    expect(slugFromPremise("A 2D anime")).not.toBe(slugFromPremise("A 2D anime"));
  });

  // The API refuses a slug outside the pattern, so every premise must give one inside it.
  it.each([
    ["accents", "Café société à Lisbonne"],
    ["capitals that only decomposition makes", "ℌeist ℭrew"],
    ["no word at all", "¿¡…!?"],
    ["one very long word", "x".repeat(300)],
    ["underscores and dashes", "__ --- snake_case -- words __"],
  ])("gives a slug the API takes for %s", (_case, premise) => {
    const slug = slugFromPremise(premise);
    expect(slug).toMatch(showSlugPattern);
    expect(slug.length).toBeLessThanOrEqual(showSlugMaxLength);
  });
});
