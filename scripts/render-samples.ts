/**
 * Renders one of everything the offline image provider makes into /tmp/samples, so a person
 * can look at them: `npx tsx scripts/render-samples.ts`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { renderEpisodeStill } from "../src/server/providers/offline/image/episode-still";
import { renderPortrait } from "../src/server/providers/offline/image/portrait";
import {
  composePortraitGrid,
  gridOptionsFor,
} from "../src/server/providers/offline/image/portrait-grid";
import { renderPoster } from "../src/server/providers/offline/image/poster";
import {
  animeBlueprint,
  cartoonBlueprint,
  cast,
  claymationBlueprint,
  liveActionBlueprint,
  noirBlueprint,
} from "../src/server/providers/offline/image/test-fixtures";
import { renderEndCard, renderTitleCard } from "../src/server/providers/offline/image/title-card";

const outDir = "/tmp/samples";

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  process.stdout.write(`${label}: ${Math.round(performance.now() - started)} ms\n`);
  return result;
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const media = {
    live: liveActionBlueprint,
    clay: claymationBlueprint,
    anime: animeBlueprint,
    noir: noirBlueprint,
    cartoon: cartoonBlueprint,
  };
  for (const [medium, blueprint] of Object.entries(media)) {
    for (const [index, dossier] of cast.entries()) {
      const png = await timed(`portrait ${medium} ${index}`, () =>
        renderPortrait({ blueprint, dossier, characterIndex: index }),
      );
      await writeFile(path.join(outDir, `portrait-${medium}-${index}.png`), png);
    }
  }
  const livePortraits = cast.map((dossier, index) => ({
    path: path.join(outDir, `portrait-live-${index}.png`),
    name: dossier.name,
  }));
  const grid = await timed("grid", () =>
    composePortraitGrid(livePortraits, gridOptionsFor(liveActionBlueprint)),
  );
  await writeFile(path.join(outDir, "grid.png"), grid.data);
  await writeFile(path.join(outDir, "grid-for-poster.png"), grid.data);

  for (const [medium, blueprint] of Object.entries(media)) {
    const posterCast = cast.map((dossier, index) => ({
      name: dossier.name,
      role: dossier.role,
      portrait: { path: path.join(outDir, `portrait-${medium}-${index}.png`), mime: "image/png" },
    }));
    const poster = await timed(`poster ${medium}`, () =>
      renderPoster({ blueprint, cast: posterCast, grid: null }),
    );
    await writeFile(path.join(outDir, `poster-${medium}.png`), poster);
  }
  const bare = cast.map((dossier) => ({ name: dossier.name, role: dossier.role, portrait: null }));
  const emblem = await timed("poster emblem", () =>
    renderPoster({ blueprint: animeBlueprint, cast: bare, grid: null }),
  );
  await writeFile(path.join(outDir, "poster-emblem.png"), emblem);
  const fromGrid = await timed("poster from grid", () =>
    renderPoster({
      blueprint: liveActionBlueprint,
      cast: bare,
      grid: { path: path.join(outDir, "grid-for-poster.png"), mime: "image/png" },
    }),
  );
  await writeFile(path.join(outDir, "poster-grid.png"), fromGrid);

  const episodes = [
    { cast: 1, number: 1, title: "The Drowned Ledger" },
    { cast: 2, number: 2, title: "Low Water" },
    { cast: 3, number: 3, title: "Sodium Light" },
  ];
  for (const [medium, blueprint] of Object.entries(media)) {
    for (const episode of episodes) {
      const still = await timed(`still ${medium} ${episode.number}`, () =>
        renderEpisodeStill({
          blueprint,
          episode: {
            number: episode.number,
            title: episode.title,
            logline: "The tide returns a ledger.",
          },
          cast: cast.slice(0, episode.cast).map((dossier, index) => ({
            name: dossier.name,
            portrait:
              episode.number === 3 && index === 2
                ? null
                : { path: path.join(outDir, `portrait-${medium}-${index}.png`), mime: "image/png" },
          })),
        }),
      );
      await writeFile(path.join(outDir, `still-${medium}-${episode.number}.png`), still);
    }
    const titleCard = await timed(`title card ${medium}`, () =>
      renderTitleCard({
        title: blueprint.title,
        tagline: blueprint.tagline,
        palette: blueprint.visualAesthetics.palette,
        medium: blueprint.productionStyle.medium,
      }),
    );
    await writeFile(path.join(outDir, `title-card-${medium}.png`), titleCard);
    const endCard = await timed(`end card ${medium}`, () =>
      renderEndCard({ title: blueprint.title, palette: blueprint.visualAesthetics.palette }),
    );
    await writeFile(path.join(outDir, `end-card-${medium}.png`), endCard);
  }
}

await main();
