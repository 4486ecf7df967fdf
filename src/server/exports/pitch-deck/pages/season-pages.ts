import { addContentPage, type DeckContext } from "../deck-page";
import { drawFittedText, drawText } from "../deck-text";
import { content } from "../deck-theme";
import type { PitchDeckSeason } from "../pitch-deck-input";

type Episode = PitchDeckSeason["episodes"][number];

const arcWidth = 300;
const columnGap = 44;
/** Rows of a short season breathe; eight still fit a column. */
const roomyRowHeight = 62;
const rowsPerColumn = 8;

/**
 * The season: its arc and format beside the first eight episodes; further episodes (a season has
 * at most twelve, but nothing here relies on that) in two columns on following pages.
 */
export function drawSeasonPages(deck: DeckContext, season: PitchDeckSeason): void {
  const { doc, type, colors } = deck;
  const first = season.episodes.slice(0, rowsPerColumn);
  const rest = season.episodes.slice(rowsPerColumn);
  const restPages = Math.ceil(rest.length / (2 * rowsPerColumn));
  const total = 1 + restPages;
  const kicker = (index: number) =>
    total > 1 ? `Season one · ${index} of ${total}` : "Season one";

  addContentPage(deck, kicker(1), "The season");
  let y = content.top;
  if (season.format) {
    y += drawText(doc, season.format, type.label, {
      x: content.x,
      y,
      width: arcWidth,
      maxLines: 2,
    });
    y += 10;
  }
  drawText(
    doc,
    season.arc,
    { ...type.body, size: 11, color: colors.text, leading: 1.5 },
    { x: content.x, y, width: arcWidth, maxLines: Math.floor((content.bottom - 12 - y) / 16.5) },
  );
  const listX = content.x + arcWidth + columnGap;
  drawEpisodeColumn(deck, first, listX, content.width - arcWidth - columnGap);

  for (let index = 0; index < restPages; index++) {
    addContentPage(deck, kicker(index + 2), "The season, continued");
    const chunk = rest.slice(index * 2 * rowsPerColumn, (index + 1) * 2 * rowsPerColumn);
    const columnWidth = (content.width - columnGap) / 2;
    drawEpisodeColumn(deck, chunk.slice(0, rowsPerColumn), content.x, columnWidth);
    drawEpisodeColumn(
      deck,
      chunk.slice(rowsPerColumn),
      content.x + columnWidth + columnGap,
      columnWidth,
    );
  }
}

function drawEpisodeColumn(deck: DeckContext, episodes: Episode[], x: number, width: number) {
  const { doc, type, colors } = deck;
  const numberWidth = 34;
  // Up to six rows take two lines of logline each; seven or eight fit with one.
  const crowded = episodes.length > 6;
  const height = crowded ? (content.bottom - content.top) / rowsPerColumn : roomyRowHeight;
  episodes.forEach((episode, index) => {
    const top = content.top + index * height;
    if (index > 0) {
      doc.rect(x, top - 10, width, 0.5).fill(colors.rule);
    }
    drawText(
      doc,
      String(episode.number).padStart(2, "0"),
      { ...type.heading, size: 16, color: colors.accent },
      { x, y: top, width: numberWidth, maxLines: 1 },
    );
    const textX = x + numberWidth;
    const textWidth = width - numberWidth;
    drawFittedText(
      doc,
      episode.title,
      { ...type.heading, size: 12.5, minSize: 10 },
      { x: textX, y: top, width: textWidth, maxLines: 1 },
    );
    drawText(
      doc,
      episode.logline,
      { ...type.body, size: 9.5 },
      { x: textX, y: top + 18, width: textWidth, maxLines: crowded ? 1 : 2 },
    );
  });
}
