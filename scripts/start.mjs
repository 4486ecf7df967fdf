#!/usr/bin/env node
// `npm start`: builds the app when there is no build yet (or the sources are newer), then serves
// it on PORT (default 3000) with the embedded defaults. Run directly by npm (`exec node …`), so a
// SIGTERM to npm, to this wrapper or to the whole process group stops the server gracefully once.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const next = path.join(root, "node_modules", "next", "dist", "bin", "next");

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

// The current child (build, then server) gets each signal once. A kill of the whole process group
// delivers a copy to every process of `npm → this wrapper → next start` and npm relays its own:
// copies of the same signal within a second are one request, so the server stops gracefully once.
// A later signal is relayed again, which forces the server's exit.
let child;
let last;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    const now = Date.now();
    if (last?.signal === signal && now - last.at < 1_000) {
      return;
    }
    last = { signal, at: now };
    child?.kill(signal);
  });
}

function run(args, env) {
  child = spawn(process.execPath, [next, ...args], { cwd: root, stdio: "inherit", env });
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      resolve(code ?? 128 + (os.constants.signals[signal] ?? 0));
    });
  });
}

const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (built < newestSource(path.join(root, "src"))) {
  process.stdout.write("Building Greenlight (first start or changed sources)…\n");
  const status = await run(["build"], process.env);
  if (status !== 0 || last) {
    process.exit(status || 128 + os.constants.signals[last.signal]);
  }
}
const port = process.env.PORT ?? "3000";
// NEXT_MANUAL_SIG_HANDLE: Next.js installs no SIGTERM/SIGINT handler of its own (it would exit 143
// at once); src/server/app-process.ts hands running tasks over first, then exits 0.
process.exit(await run(["start", "-p", port], { ...process.env, NEXT_MANUAL_SIG_HANDLE: "true" }));
