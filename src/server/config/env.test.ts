import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded database under ./data and an embedded worker", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.dataDir).toBe(path.resolve("data"));
    expect(env.WORKER).toBe("embedded");
    expect(env.PORT).toBe(3000);
  });

  it("stops with a message naming the variable at fault", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://nope" })).toThrowError(ConfigError);
    expect(() => parseEnv({ DATABASE_URL: "mysql://nope" })).toThrowError(
      /DATABASE_URL: must be a postgres:\/\//,
    );
    expect(() => parseEnv({ PORT: "eighty" })).toThrowError(/PORT/);
    expect(() => parseEnv({ WORKER: "sometimes" })).toThrowError(/WORKER/);
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", OPENAI_API_KEY: "" }).OPENAI_API_KEY).toBeUndefined();
  });
});
