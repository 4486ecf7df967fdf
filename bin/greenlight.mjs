#!/usr/bin/env node
// `npx greenlight …`: runs the TypeScript CLI through tsx (a dependency), so no build step is needed.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const child = spawn(
  process.execPath,
  // tsx resolved from here, not from the caller's directory: the CLI runs from anywhere.
  [
    "--import",
    import.meta.resolve("tsx"),
    path.join(root, "src", "cli.ts"),
    ...process.argv.slice(2),
  ],
  {
    stdio: "inherit",
    env: process.env,
  },
);
process.on("SIGINT", () => {});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
