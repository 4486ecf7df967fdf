import PDFDocument from "pdfkit";
import { registerDeckFonts } from "./deck-fonts";
import type { DeckContext } from "./deck-page";
import { cleanText } from "./deck-text";
import { deckColors, page, typeScale } from "./deck-theme";
import { drawCastPages } from "./pages/cast-pages";
import { drawCoverPage } from "./pages/cover-page";
import { drawSeasonPages } from "./pages/season-pages";
import { drawStoryboardPages } from "./pages/storyboard-pages";
import { drawStylePage } from "./pages/style-page";
import type { PitchDeckInput } from "./pitch-deck-input";

/**
 * The show's pitch deck as a PDF: cover, style bible, cast, season, then each storyboard. Pages
 * with nothing to show (no cast yet, no season, no boards) are left out rather than drawn empty.
 * Set in Inter from @fontsource (embedded, subset), no browser and no system fonts involved.
 */
export async function buildPitchDeck(input: PitchDeckInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margin: 0,
    autoFirstPage: false,
    // No default font: PDFKit would load Helvetica, or, given one of our files, keep it under
    // its PostScript name and then reopen the registered copy of it on every `font()` call
    // (its cache skips fonts equal to one it already has). Every run names its font.
    font: null as unknown as string,
    // A viewer shows the title in its window bar: a few hundred characters, however long it is.
    info: { Title: `${shorten(input.title, 200)} — pitch deck`, Creator: "Greenlight" },
    displayTitle: true,
    lang: "en",
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  registerDeckFonts(doc);

  const colors = deckColors(input.style.palette);
  const deck: DeckContext = {
    doc,
    colors,
    type: typeScale(colors),
    showTitle: input.title,
    pages: 0,
  };
  try {
    await drawCoverPage(deck, input);
    drawStylePage(deck, input);
    if (input.cast.length > 0) {
      await drawCastPages(deck, input.cast);
    }
    if (input.season && input.season.episodes.length > 0) {
      drawSeasonPages(deck, input.season);
    }
    for (const board of input.storyboards) {
      if (board.shots.length > 0) {
        await drawStoryboardPages(deck, board);
      }
    }
  } finally {
    doc.end();
  }
  return finished;
}

function shorten(text: string, max: number): string {
  const chars = Array.from(cleanText(text));
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}
