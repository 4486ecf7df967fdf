import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as mediaRoute from "../../src/app/api/media/[...path]/route";
import * as downloadRoute from "../../src/app/api/shows/[id]/downloads/[file]/route";
import * as packageRoute from "../../src/app/api/shows/[id]/package.zip/route";
import * as deckRoute from "../../src/app/api/shows/[id]/pitch-deck.pdf/route";
import * as sharePage from "../../src/app/s/[token]/page";
import { revokeShare, shareShow } from "../../src/server/auth/share-show";
import { setContainer } from "../../src/server/container";
import { parseOtio } from "../../src/server/exports/otio/test-otio";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { createShow } from "../../src/server/shows/create-show";
import { createTestOwner, type TestAccount } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

// A page reads its visitor from the request's headers: a signed-out visitor on localhost.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
}));

const run = promisify(execFile);
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

/**
 * Issue 13: the trailer cut leaves the studio as editors and producers open it — in the package
 * with a timeline that resolves inside it, each file downloadable alone, and on the share page
 * with captions, the pitch deck and the poster as its preview, all gone with the link.
 */
describe("the trailer's exports, offline", () => {
  let t: TestContainer;
  let owner: TestAccount;
  let showId: string;
  let slug: string;
  let unzipped: string;

  beforeAll(async () => {
    t = await createTestContainer();
    setContainer(t.container);
    owner = await createTestOwner(t.container);
    const show = await createShow(t.container.engine, {
      premise: "A night-shift lighthouse keeper trades secrets with the fog for safe passage",
      autopilot: true,
      settings: { characterCount: 1, autopilotThrough: "trailer" },
    });
    showId = show.id;
    slug = show.slug;
    const { failed } = await driveShow(t.container.engine, show.id, {
      extras: false,
      idleTimeoutMs: 60_000,
    });
    expect(failed.map((task) => `${task.title}: ${task.error?.message}`)).toEqual([]);
    const response = await packageRoute.GET(
      owner.request(`http://localhost/api/shows/${show.id}/package.zip`),
      params({ id: show.id }),
    );
    expect(response.status).toBe(200);
    unzipped = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-package-"));
    const zip = path.join(unzipped, "package.zip");
    fs.writeFileSync(zip, Buffer.from(await response.arrayBuffer()));
    // The system's unzip, as the person who downloaded it would open it.
    await run("unzip", ["-q", zip, "-d", path.join(unzipped, "package")]);
  }, 400_000);
  afterAll(async () => {
    setContainer(null);
    await t?.close();
    if (unzipped) {
      fs.rmSync(unzipped, { recursive: true, force: true });
    }
  });

  const inPackage = (name: string) => path.join(unzipped, "package", name);
  /** A visitor with no account, at a URL of the page (a path with its query, or absolute). */
  const visit = (url: string) => new Request(new URL(url, "http://localhost:3000"));
  const fetchMedia = (url: string) =>
    mediaRoute.GET(
      visit(url),
      params({ path: new URL(url, "http://localhost").pathname.split("/").slice(3) }),
    );
  const fetchDeck = (url: string) => deckRoute.GET(visit(url), params({ id: showId }));
  const download = (file: string, share: string) =>
    downloadRoute.GET(
      visit(`/api/shows/${showId}/downloads/${file}?share=${share}`),
      params({ id: showId, file }),
    );

  it("packages the cut, its captions, its timeline, its script and the pitch deck", () => {
    for (const name of [
      "trailer.mp4",
      "trailer.vtt",
      "trailer.srt",
      "trailer.otio",
      "trailer-script.json",
      "pitch-deck.pdf",
    ]) {
      expect(fs.existsSync(inPackage(name)), name).toBe(true);
    }
    expect(fs.readFileSync(inPackage("trailer.vtt"), "utf8")).toMatch(/^WEBVTT/);
    expect(fs.readFileSync(inPackage("trailer.srt"), "utf8")).toMatch(
      /^1\r?\n\d\d:\d\d:\d\d,\d{3} -->/,
    );
    const script = JSON.parse(fs.readFileSync(inPackage("trailer-script.json"), "utf8")) as {
      shots: unknown[];
    };
    expect(script.shots.length).toBeGreaterThanOrEqual(6);
  });

  it("opens the timeline inside the unzipped package: every clip of every track is a file there", () => {
    const timeline = parseOtio(fs.readFileSync(inPackage("trailer.otio"), "utf8"));
    const tracks = timeline.tracks.children;
    expect(tracks.map((track) => track.kind)).toContain("Audio");
    const targets = tracks.flatMap((track) =>
      track.children.flatMap((item) =>
        item.OTIO_SCHEMA === "Clip.1" ? [decodeURIComponent(item.media_reference.target_url)] : [],
      ),
    );
    const [video] = tracks;
    expect(video!.kind).toBe("Video");
    // Six or more shots and the end card, the voice-over and the music bed.
    expect(video!.children.filter((item) => item.OTIO_SCHEMA === "Clip.1").length).toBeGreaterThan(
      6,
    );
    expect(targets).toContain("trailer/end-card.png");
    expect(targets.some((target) => /^trailer\/shot-\d\d-card\.png$/.test(target))).toBe(true);
    expect(targets.some((target) => /^trailer\/shot-\d\d-.+\.wav$/.test(target))).toBe(true);
    expect(targets.some((target) => /^trailer\/score\.\w+$/.test(target))).toBe(true);
    const missing = targets.filter((target) => !fs.existsSync(inPackage(target)));
    expect(missing).toEqual([]);
    // The clips' files are the pieces themselves, not empty stand-ins.
    for (const target of new Set(targets)) {
      expect(fs.statSync(inPackage(target)).size, target).toBeGreaterThan(100);
    }
    // Each card is its own picture: the title card is not the end card.
    const titleCard = targets.find((target) => target.endsWith("-card.png"))!;
    expect(fs.readFileSync(inPackage(titleCard))).not.toEqual(
      fs.readFileSync(inPackage("trailer/end-card.png")),
    );
  });

  it("serves each of the trailer's files alone, typed and named after the show", async () => {
    const share = await shareShow(t.container.db, showId, null);
    const expected = {
      "trailer.vtt": "text/vtt",
      "trailer.srt": "application/x-subrip",
      "trailer.otio": "application/json",
      "trailer-script.json": "application/json",
      "trailer.mp4": "video/mp4",
    };
    for (const [file, type] of Object.entries(expected)) {
      const response = await download(file, share);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type"), file).toContain(type);
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="${slug}-${file}"`,
      );
      // The very file the package holds under that name.
      expect(
        Buffer.from(await response.arrayBuffer()).equals(fs.readFileSync(inPackage(file))),
      ).toBe(true);
    }
    // Only the package's own top-level names: nothing else of the store is reachable this way.
    for (const file of ["trailer.exe", "trailer/end-card.png", "..", "blueprint.json"]) {
      expect((await download(file, share)).status, file).toBe(404);
    }
    // Without the link's token a visitor sees nothing.
    expect(
      (
        await downloadRoute.GET(
          visit(`/api/shows/${showId}/downloads/trailer.otio`),
          params({ id: showId, file: "trailer.otio" }),
        )
      ).status,
    ).toBe(404);
  });

  it("shares the trailer with captions, the pitch deck and the poster as its preview, until revoked", async () => {
    const token = await shareShow(t.container.db, showId, null);
    const page = renderToStaticMarkup(await sharePage.default(params({ token })));
    const track = /<track [^>]*>/.exec(page)?.[0] ?? "";
    expect(track).toContain('kind="captions"');
    expect(track).toMatch(/srclang="en"/i);
    expect(track).toMatch(/\bdefault=""/);
    const trackSrc = /src="([^"]+)"/.exec(track)![1]!.replaceAll("&amp;", "&");
    expect(trackSrc).toMatch(/\.vtt\?share=/);
    const deckHref = /href="([^"]*pitch-deck\.pdf[^"]*)"/.exec(page)![1]!.replaceAll("&amp;", "&");
    expect(deckHref).toBe(`/api/shows/${showId}/pitch-deck.pdf?share=${token}`);
    expect(page).toContain(`/api/shows/${showId}/downloads/trailer.otio?share=${token}`);

    // og:image: the poster at an absolute URL a link preview can fetch with the token.
    const metadata = await sharePage.generateMetadata(params({ token }));
    const images = metadata.openGraph?.images as { url: string }[];
    const ogImage = images[0]!.url;
    expect(ogImage).toMatch(
      /^http:\/\/localhost:3000\/api\/media\/shows\/.+\/poster\/.+\.png\?share=/,
    );

    const captions = await fetchMedia(trackSrc);
    expect(captions.status).toBe(200);
    expect(captions.headers.get("content-type")).toMatch(/^text\/vtt/);
    expect(await captions.text()).toMatch(/^WEBVTT/);
    const deck = await fetchDeck(deckHref);
    expect(deck.status).toBe(200);
    expect(deck.headers.get("content-type")).toBe("application/pdf");
    expect((await fetchMedia(ogImage)).status).toBe(200);

    await revokeShare(t.container.db, showId);
    expect((await fetchMedia(trackSrc)).status).toBe(404);
    expect((await fetchDeck(deckHref)).status).toBe(404);
    expect((await fetchMedia(ogImage)).status).toBe(404);
    expect((await download("trailer.otio", token)).status).toBe(404);
    await expect(sharePage.default(params({ token }))).rejects.toThrow();
    expect((await sharePage.generateMetadata(params({ token }))).openGraph).toBeUndefined();
  });
});
