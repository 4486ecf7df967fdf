import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { findOwnerId } from "../auth/create-owner";
import type { Container } from "../container";
import { driveShow } from "../pipeline/drive-show";
import { createShow } from "../shows/create-show";
import { loadBoards, loadPackageFiles, streamShowPackage } from "../shows/show-package";
import { buildShowPitchDeck } from "../shows/show-pitch-deck";
import { getShowDetail } from "../shows/show-views";
import { createProgressDisplay } from "./progress-display";

export interface CreateSummary {
  showId: string;
  slug: string;
  title: string | null;
  package: string;
  assets: {
    kind: string;
    characterId?: string;
    episodeId?: string;
    path: string;
    mime: string;
    bytes: number;
  }[];
  failed: { kind: string; title: string; error: string | null }[];
}

/** `greenlight create`: premise → full package on disk, with the same engine and database as the app. */
export async function runCreate(
  container: Container,
  premise: string,
  options: { json: boolean; extras: boolean; characters: number; animatic?: number },
): Promise<CreateSummary> {
  const display = options.json ? null : createProgressDisplay(process.stderr);
  const unsubscribe = container.bus.subscribe((message) => display?.onMessage(message));
  try {
    const show = await createShow(
      container.engine,
      {
        premise,
        autopilot: true,
        // `--no-extras` stops autopilot at the trailer; otherwise it carries on through the season.
        settings: {
          characterCount: options.characters,
          autopilotThrough: options.extras ? "season" : "trailer",
        },
        // On the server's machine the CLI acts as the owner; before there is one, the show waits
        // ownerless and goes to the owner when that account is created.
      },
      await findOwnerId(container.db),
    );
    if (!options.json) {
      process.stderr.write(`Developing "${premise}" (show ${show.slug})\n`);
    }
    const { failed } = await driveShow(container.engine, show.id, {
      extras: options.extras,
      ...(options.animatic ? { animaticEpisode: options.animatic } : {}),
    });
    display?.finish();
    const detail = await getShowDetail(container.db, show.id);
    const boards = await loadBoards(container.db, detail);
    // Every media file as the package has it (the cuts' pieces where their timelines name them).
    const files = await loadPackageFiles(container.db, container.media, detail, boards);
    const packagePath = path.join(container.env.dataDir, "packages", `${detail.slug}.zip`);
    fs.mkdirSync(path.dirname(packagePath), { recursive: true });
    const { stream } = await streamShowPackage(container.db, container.media, show.id);
    await pipeline(Readable.fromWeb(stream as never), fs.createWriteStream(packagePath));
    const deck = detail.blueprint
      ? await buildShowPitchDeck(container.db, container.media, show.id)
      : null;
    const deckPath = path.join(path.dirname(packagePath), `${detail.slug}-pitch-deck.pdf`);
    if (deck) {
      fs.writeFileSync(deckPath, deck.pdf);
    }
    const characterOf = new Map<string, string>();
    for (const member of detail.characters) {
      for (const asset of [member.portrait, member.video]) {
        if (asset) {
          characterOf.set(asset.id, member.id);
        }
      }
    }
    const episodeOf = new Map<string, string>();
    for (const file of files) {
      const episode = detail.episodes.find((candidate) =>
        file.path.startsWith(`episodes/${String(candidate.number).padStart(2, "0")}-`),
      );
      if (episode) {
        episodeOf.set(file.asset.id, episode.id);
      }
    }
    return {
      showId: detail.id,
      slug: detail.slug,
      title: detail.title,
      package: packagePath,
      assets: [
        ...files.map(({ asset }) => ({
          kind: asset.kind,
          ...(characterOf.has(asset.id) ? { characterId: characterOf.get(asset.id) } : {}),
          ...(episodeOf.has(asset.id) ? { episodeId: episodeOf.get(asset.id) } : {}),
          path: container.media.localPath(asset.url.replace(/^\/api\/media\//, "")) ?? asset.url,
          mime: asset.mime,
          bytes: asset.bytes,
        })),
        ...(deck
          ? [
              {
                kind: "pitch_deck",
                path: deckPath,
                mime: "application/pdf",
                bytes: deck.pdf.length,
              },
            ]
          : []),
      ],
      failed: failed.map((task) => ({
        kind: task.kind,
        title: task.title,
        error: task.error?.message ?? null,
      })),
    };
  } finally {
    unsubscribe();
  }
}
