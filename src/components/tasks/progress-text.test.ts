import { describe, expect, it } from "vitest";
import { progressEventText, progressLine, stageText } from "./progress-text";

describe("progress text", () => {
  it("keeps one number per task", () => {
    expect(progressEventText("30% · Rendering trailer · 29%")).toBe("Rendering trailer — 30%");
    expect(progressLine("Rendering trailer · 29%", 0.3)).toBe("Rendering trailer — 30%");
  });

  it("leaves stages without numbers as they are", () => {
    expect(stageText("offline-writer-1 · Writing the blueprint")).toBe(
      "offline-writer-1 · Writing the blueprint",
    );
    expect(progressEventText("50%")).toBe("50%");
  });

  it("drops a percentage in parentheses", () => {
    expect(stageText("Downloading (45%)")).toBe("Downloading");
  });
});
