import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "src") } },
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    // Whole shows render in some tests (through the trailer's script, frames, voice-over, score
    // and cut); two cores are shared by two test files at once.
    testTimeout: 240_000,
    hookTimeout: 180_000,
    pool: "forks",
    // Two cores: more parallel files only thrash PGlite and ffmpeg.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
