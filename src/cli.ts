/**
 * The command-line entry: `npx greenlight create "a premise" [--json] [--no-extras]`.
 * It uses the same engine and database as the app (DATA_DIR or DATABASE_URL).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { runCreate } from "./server/cli/run-create";
import { runRemoteCreate } from "./server/cli/run-remote-create";
import { ConfigError, loadEnv } from "./server/config/env";
import { createContainer } from "./server/container";
import { createLogger } from "./server/logger";

const usage = `Usage: greenlight create "<premise>" [--json] [--no-extras] [--characters N]
                         [--animatic [N]] [--server URL --api-key KEY]

  --json          print one JSON object (show id, slug, title, every asset with its file path)
  --no-extras     stop after the trailer (skip character videos and the season outline)
  --characters N  cast size, 1 to 10 (default 6)
  --animatic [N]  also make episode N's storyboard and animatic (default 1): its script, a frame
                  per shot, the voice lines, the score and the cut with captions
  --server URL    run on a remote Greenlight server over its API (needs --api-key), not locally
  --api-key KEY   an API key made on that server's /account page; the show is that account's

Environment: DATA_DIR (default ./data) or DATABASE_URL, as for the app. Locally the CLI acts as
the owner: its shows belong to the owner account (or to the owner created later).`;

/** `--animatic` takes an optional episode number: `--animatic 3` becomes `--animatic=3`. */
function withOptionalAnimaticValue(argv: string[]): string[] {
  return argv.flatMap((arg, index) => {
    if (arg !== "--animatic") {
      return /^\d+$/.test(arg) && argv[index - 1] === "--animatic" ? [] : [arg];
    }
    const next = argv[index + 1];
    return [`--animatic=${next && /^\d+$/.test(next) ? next : "1"}`];
  });
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    args: withOptionalAnimaticValue(process.argv.slice(2)),
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      "no-extras": { type: "boolean", default: false },
      characters: { type: "string", default: "6" },
      animatic: { type: "string" },
      server: { type: "string" },
      "api-key": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...rest] = positionals;
  const premise = rest.join(" ").trim();
  const characters = Number(values.characters);
  const animatic = values.animatic === undefined ? undefined : Number(values.animatic);
  if (
    (animatic !== undefined && !(Number.isInteger(animatic) && animatic >= 1 && animatic <= 24)) ||
    values.help ||
    command !== "create" ||
    premise.length < 3 ||
    !(characters >= 1 && characters <= 10) ||
    Boolean(values.server) !== Boolean(values["api-key"])
  ) {
    process.stderr.write(`${usage}\n`);
    return values.help ? 0 : 2;
  }
  if (values.server && values["api-key"]) {
    const summary = await runRemoteCreate(premise, {
      server: values.server,
      apiKey: values["api-key"],
      json: values.json,
      extras: !values["no-extras"],
      characters: Math.round(characters),
      ...(animatic ? { animatic } : {}),
      outDir: path.resolve("packages"),
    });
    process.stdout.write(
      values.json
        ? `${JSON.stringify(summary, null, 2)}\n`
        : `\n${summary.title ?? summary.slug}\nPackage: ${summary.package}\n`,
    );
    return 0;
  }
  const env = loadEnv();
  const container = await createContainer({
    env,
    worker: true,
    logger: createLogger(process.env.LOG_LEVEL ?? "warn"),
  });
  try {
    const summary = await runCreate(container, premise, {
      json: values.json,
      extras: !values["no-extras"],
      characters: Math.round(characters),
      ...(animatic ? { animatic } : {}),
    });
    if (values.json) {
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    } else {
      process.stdout.write(`\n${summary.title ?? summary.slug}\n`);
      for (const asset of summary.assets) {
        process.stdout.write(`  ${asset.kind.padEnd(16)} ${asset.path}\n`);
      }
      process.stdout.write(`\nPackage: ${summary.package}\n`);
      for (const failure of summary.failed) {
        process.stdout.write(`  ✗ ${failure.title}: ${failure.error}\n`);
      }
    }
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    await container.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
