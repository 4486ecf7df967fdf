import { describe, expect, it } from "vitest";
import { showLabels } from "./show-labels";

describe("showLabels", () => {
  it("does not repeat the genre inside the medium", () => {
    expect(showLabels("Neo-noir", "neo-noir graphic novel")).toEqual(["Neo-noir", "Graphic novel"]);
  });

  it("drops from the medium what a longer genre already said", () => {
    expect(showLabels("Neo-noir thriller", "neo-noir graphic novel")).toEqual([
      "Neo-noir thriller",
      "Graphic novel",
    ]);
  });

  it("keeps one label when both say the same", () => {
    expect(showLabels("Anime", "anime")).toEqual(["Anime"]);
    expect(showLabels("Claymation comedy", "claymation")).toEqual(["Claymation comedy"]);
  });

  it("keeps both when they differ", () => {
    expect(showLabels("Crime drama", "stop-motion claymation")).toEqual([
      "Crime drama",
      "Stop-motion claymation",
    ]);
  });
});
