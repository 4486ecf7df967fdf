import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCE_ROOTS = ["src", "next.config.ts", "package.json", "tsconfig.json"];

function newestMtime(entry: string): number {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) {
    return 0;
  }
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    stat.mtimeMs,
  );
}

function anotherBuildRunning(): boolean {
  const result = spawnSync("pgrep", ["-f", "next build"], { encoding: "utf8" });
  return result.stdout.trim().length > 0;
}

/** Builds the app when `.next/BUILD_ID` is missing or older than the sources. */
export async function ensureBuild(root: string): Promise<void> {
  const buildId = statSync(path.join(root, ".next/BUILD_ID"), { throwIfNoEntry: false });
  const sources = Math.max(...SOURCE_ROOTS.map((entry) => newestMtime(path.join(root, entry))));
  if (buildId && buildId.mtimeMs >= sources) {
    return;
  }
  // Two builds in one tree corrupt each other's .next directory: wait for the other one.
  while (anotherBuildRunning()) {
    process.stdout.write("waiting for another `next build` to finish…\n");
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  process.stdout.write("building the app (npx next build)…\n");
  execFileSync("npx", ["next", "build"], { cwd: root, stdio: "inherit" });
}
