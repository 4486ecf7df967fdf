import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL the chaos run may restart at will (never the shared one on 5432):
 * initdb into a temp dir as the postgres OS user, a free port on 127.0.0.1, trust auth.
 * Stand-in until tests/helpers/private-postgres.ts lands with the same shape.
 */
export interface PrivatePostgres {
  url: string;
  port: number;
  /** `pg_ctl restart -m fast`: every connection is cut, the server is back when this resolves. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const bin = (name: string) => path.join("/usr/lib/postgresql/15/bin", name);
const isRoot = process.getuid?.() === 0;

function asPostgres(command: string, args: string[]): void {
  // initdb and postgres refuse to run as root.
  const [file, argv] = isRoot
    ? ["runuser", ["-u", "postgres", "--", command, ...args]]
    : [command, args];
  execFileSync(file, argv, { stdio: "pipe" });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const root = mkdtempSync(path.join(tmpdir(), "greenlight-chaos-pg-"));
  chmodSync(root, 0o755);
  const dataDir = path.join(root, "data");
  if (isRoot) {
    const { uid, gid } = postgresIds();
    chownSync(root, uid, gid);
  }
  const port = await freePort();
  asPostgres(bin("initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const ctl = (...args: string[]) =>
    asPostgres(bin("pg_ctl"), ["-D", dataDir, "-l", path.join(root, "server.log"), ...args]);
  ctl("-o", options, "-w", "start");
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async restart() {
      ctl("-o", options, "-m", "fast", "-w", "restart");
    },
    async stop() {
      if (stopped) {
        return;
      }
      stopped = true;
      try {
        ctl("-m", "immediate", "-w", "stop");
      } catch {
        // Already down; the directory goes either way.
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }));
  return { uid: id("-u"), gid: id("-g") };
}
