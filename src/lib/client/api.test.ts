import { describe, expect, it } from "vitest";
import { ApiError, errorMessage } from "./api";

describe("errorMessage", () => {
  it("drops the field key the API puts before a field's message", () => {
    const error = new ApiError(
      400,
      "invalid_input",
      "premise: Describe the show in at least 3 characters",
      "premise",
    );
    expect(errorMessage(error)).toBe("Describe the show in at least 3 characters.");
  });

  it("names a nested field in words when its message follows the name", () => {
    const error = new ApiError(
      400,
      "invalid_input",
      "blueprint.visualStyle.lightingNotes: is too long: at most 400 characters",
      "blueprint.visualStyle.lightingNotes",
    );
    expect(errorMessage(error)).toBe("Lighting notes is too long: at most 400 characters.");
  });

  it("leaves other errors as they are", () => {
    expect(errorMessage(new ApiError(404, "not_found", "Show not found"))).toBe("Show not found");
  });
});
