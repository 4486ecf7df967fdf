import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** A PostgreSQL server of our own, which a test may restart (never the shared one on 5432). */
export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres, trust auth. */
  url: string;
  port: number;
  /**
   * `pg_ctl restart -m fast`: every connection is terminated (57P01), the server comes back; with
   * `downForMs`, it stays stopped that long first (an outage, not just a restart).
   */
  restart(options?: { downForMs?: number }): Promise<void>;
  /** Stops the server at once and removes its directory. */
  stop(): Promise<void>;
}

const bin = "/usr/lib/postgresql/15/bin";

/**
 * initdb into a temporary directory and start it on a free port, listening on 127.0.0.1 only with
 * its unix socket inside that directory. initdb refuses to run as root, so as root every
 * PostgreSQL command runs as the `postgres` OS user, which owns the directory. Plain tsx scripts
 * (the chaos harness) use it as well as vitest.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-pg-"));
  const dataDir = path.join(root, "data");
  const logFile = path.join(root, "server.log");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    fs.chownSync(root, uid, gid);
  }
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot
      ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]]
      : [path.join(bin, tool), args];
  const run = (tool: string, args: string[]) => runToExit(tool, ...command(tool, args));
  const pgCtl = (args: string[]) =>
    run("pg_ctl", ["-D", dataDir, "-l", logFile, "-w", "-t", "60", ...args]);

  const port = await freePort();
  let stopped = false;
  // A test that crashes must not leave a server running: stop it synchronously on exit.
  const onExit = () => {
    if (!stopped) {
      spawnSync(...command("pg_ctl", ["-D", dataDir, "-m", "immediate", "stop"]));
      fs.rmSync(root, { recursive: true, force: true });
    }
  };
  try {
    await run("initdb", [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "-A",
      "trust",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]);
    fs.appendFileSync(
      path.join(dataDir, "postgresql.conf"),
      [
        `port = ${port}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${root}'`,
        "max_connections = 100",
        // A scratch server: durability only costs time here.
        "fsync = off",
        "synchronous_commit = off",
        "full_page_writes = off",
        "",
      ].join("\n"),
    );
    process.once("exit", onExit);
    await pgCtl(["start"]);
  } catch (error) {
    onExit();
    process.removeListener("exit", onExit);
    throw error;
  }

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async restart(options = {}) {
      if (!options.downForMs) {
        await pgCtl(["-m", "fast", "restart"]);
        return;
      }
      await pgCtl(["-m", "fast", "stop"]);
      await new Promise((resolve) => setTimeout(resolve, options.downForMs));
      await pgCtl(["start"]);
    },
    async stop() {
      if (stopped) {
        return;
      }
      stopped = true;
      process.removeListener("exit", onExit);
      await pgCtl(["-m", "immediate", "stop"]).catch(() => {});
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * Runs a command and waits for it to exit (not for its pipes to close: the server pg_ctl starts
 * lives on after it). Rejects with the command's output when it fails.
 */
function runToExit(name: string, file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      output += String(chunk);
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      // The postmaster inherits nothing of ours (pg_ctl -l redirects it), but do not wait on it.
      child.stdout.destroy();
      child.stderr.destroy();
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(`${name} exited with ${code}:\n${output}`));
      }
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
