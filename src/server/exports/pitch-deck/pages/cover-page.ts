import { drawImageOrPlaceholder } from "../deck-images";
import { addBlankPage, type DeckContext } from "../deck-page";
import { drawFittedText, drawText, textHeight } from "../deck-text";
import { page } from "../deck-theme";
import type { PitchDeckInput } from "../pitch-deck-input";

const posterWidth = 360;
const left = page.margin;
const columnWidth = page.width - posterWidth - left - 48;
const metaTop = 448;

/** The cover: the poster full-bleed on the right; title, tagline, logline and the show's terms. */
export async function drawCoverPage(deck: DeckContext, input: PitchDeckInput): Promise<void> {
  addBlankPage(deck);
  const { doc, type, colors } = deck;
  await drawImageOrPlaceholder(
    doc,
    input.posterPath,
    { x: page.width - posterWidth, y: 0, width: posterWidth, height: page.height },
    { mode: "cover" },
    { label: "Poster not made yet", colors },
  );

  let y = 64;
  drawText(doc, "Series pitch", type.kicker, { x: left, y, width: columnWidth, maxLines: 1 });
  y += 28;
  y += drawFittedText(
    doc,
    input.title,
    { ...type.display, minSize: 28 },
    { x: left, y, width: columnWidth, maxLines: 3 },
  ).height;
  y += 14;
  y += drawFittedText(
    doc,
    input.tagline,
    { ...type.tagline, color: colors.accent, minSize: 15 },
    { x: left, y, width: columnWidth, maxLines: 2 },
  ).height;
  y += 18;
  doc.rect(left, y, 40, 2).fill(colors.accent);
  y += 18;
  const logline = { ...type.lead, size: 15 };
  const loglineLines = Math.floor((metaTop - 24 - y) / textHeight(1, logline));
  if (loglineLines > 0) {
    drawText(doc, input.logline, logline, {
      x: left,
      y,
      width: columnWidth,
      maxLines: loglineLines,
    });
  }

  const terms = [
    ["Genre", input.genre],
    ["Tone", input.tone],
    ["Medium", input.medium],
  ] as const;
  const termWidth = (columnWidth - 2 * 20) / terms.length;
  terms.forEach(([label, value], index) => {
    const x = left + index * (termWidth + 20);
    doc.rect(x, metaTop, termWidth, 0.5).fill(colors.rule);
    drawText(doc, label, type.label, { x, y: metaTop + 10, width: termWidth, maxLines: 1 });
    drawText(
      doc,
      value,
      { ...type.body, color: colors.text },
      { x, y: metaTop + 24, width: termWidth, maxLines: 3 },
    );
  });
}
