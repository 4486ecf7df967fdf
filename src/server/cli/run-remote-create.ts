import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

export interface RemoteOptions {
  server: string;
  apiKey: string;
  json: boolean;
  extras: boolean;
  characters: number;
  /** Also make this episode's storyboard and animatic once autopilot is done. */
  animatic?: number;
  /** Where the package ZIP is saved. */
  outDir: string;
  pollMs?: number;
}

interface RemoteShow {
  id: string;
  slug: string;
  title: string | null;
  activeTasks: number;
  trailer: unknown;
  season: unknown;
  episodes: { id: string; number: number }[];
}

/**
 * `greenlight create --server URL --api-key KEY`: the same run against a remote server over its
 * HTTP API, as the key's account (its budget applies). Waits until the show has no active task,
 * then downloads the package.
 */
export async function runRemoteCreate(premise: string, options: RemoteOptions) {
  const base = options.server.replace(/\/+$/, "");
  const headers = { authorization: `Bearer ${options.apiKey}`, "content-type": "application/json" };
  const call = async (method: string, route: string, body?: unknown) => {
    const response = await fetch(`${base}${route}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      const text = await response.text();
      let message = text;
      try {
        message = (JSON.parse(text) as { error: { message: string } }).error.message;
      } catch {}
      throw new Error(`${method} ${route}: ${response.status} ${message}`);
    }
    return response;
  };
  const created = (await (
    await call("POST", "/api/shows", {
      premise,
      autopilot: true,
      settings: {
        characterCount: options.characters,
        autopilotThrough: options.extras ? "season" : "trailer",
      },
    })
  ).json()) as RemoteShow;
  if (!options.json) {
    process.stderr.write(`Developing "${premise}" on ${base} (show ${created.slug})\n`);
  }
  // Autopilot moves from step to step; a few quiet polls in a row mean it has stopped.
  const settle = async () => {
    let current: RemoteShow = created;
    for (let quiet = 0; quiet < 3; ) {
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 2_000));
      current = (await (await call("GET", `/api/shows/${created.id}`)).json()) as RemoteShow;
      quiet = current.activeTasks === 0 ? quiet + 1 : 0;
    }
    return current;
  };
  let show = await settle();
  if (options.animatic) {
    if (!show.season) {
      await call("POST", `/api/shows/${created.id}/tasks`, { kind: "episodes" });
      show = await settle();
    }
    const episode = show.episodes.find((candidate) => candidate.number === options.animatic);
    if (!episode) {
      throw new Error(`This show's season has no episode ${options.animatic}`);
    }
    await call("POST", `/api/shows/${created.id}/episodes/${episode.id}/animatic`, {});
    show = await settle();
  }
  const packagePath = path.join(options.outDir, `${show.slug}.zip`);
  fs.mkdirSync(options.outDir, { recursive: true });
  const zip = await call("GET", `/api/shows/${created.id}/package.zip`);
  await pipeline(Readable.fromWeb(zip.body as never), fs.createWriteStream(packagePath));
  return { id: show.id, slug: show.slug, title: show.title, package: packagePath };
}
