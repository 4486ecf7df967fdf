import { drawImageOrPlaceholder } from "../deck-images";
import { addContentPage, type DeckContext } from "../deck-page";
import { drawText, type Span, textHeight } from "../deck-text";
import { content } from "../deck-theme";
import type { PitchDeckShot, PitchDeckStoryboard } from "../pitch-deck-input";

const columns = 4;
const rows = 2;
export const shotsPerPage = columns * rows;
const columnGap = 16;
const rowGap = 10;
const cellWidth = (content.width - columnGap * (columns - 1)) / columns;
const frameHeight = (cellWidth * 9) / 16;

/** Each episode's board: frames four across, two down, with shot number, action and lines. */
export async function drawStoryboardPages(
  deck: DeckContext,
  board: PitchDeckStoryboard,
): Promise<void> {
  // Full pages in order (a board is read like a comic), the last one holding what is left.
  const pages: PitchDeckShot[][] = [];
  for (let start = 0; start < board.shots.length; start += shotsPerPage) {
    pages.push(board.shots.slice(start, start + shotsPerPage));
  }
  for (const [index, shots] of pages.entries()) {
    const part = pages.length > 1 ? ` · ${index + 1} of ${pages.length}` : "";
    addContentPage(
      deck,
      `Storyboard · Episode ${board.episodeNumber}${part}`,
      `Cold open: ${board.episodeTitle}`,
    );
    const rowHeight = frameHeight + cellTextHeight(deck);
    for (const [slot, shot] of shots.entries()) {
      const x = content.x + (slot % columns) * (cellWidth + columnGap);
      const y = content.top + Math.floor(slot / columns) * (rowHeight + rowGap);
      await drawShot(deck, shot, x, y);
    }
  }
}

const labelGap = 6;
const blockGap = 2;
/** Lines of dialogue under a frame; the action above it gets two. */
const spokenLines = 3;

function cellTextHeight(deck: DeckContext): number {
  const { type } = deck;
  return (
    labelGap +
    textHeight(1, type.label) +
    blockGap +
    textHeight(2, type.caption) +
    blockGap +
    textHeight(spokenLines, type.caption)
  );
}

async function drawShot(deck: DeckContext, shot: PitchDeckShot, x: number, y: number) {
  const { doc, type, colors } = deck;
  await drawImageOrPlaceholder(
    doc,
    shot.framePath,
    { x, y, width: cellWidth, height: frameHeight },
    { mode: "cover" },
    { label: "Frame not drawn yet", colors },
  );
  let top = y + frameHeight + labelGap;
  const label: Span[] = [
    { text: `Shot ${shot.number}`, color: colors.accent },
    ...(shot.heading ? [{ text: `  ${shot.heading}` }] : []),
  ];
  top += drawText(doc, label, type.label, { x, y: top, width: cellWidth, maxLines: 1 });
  top += blockGap;
  const caption = { ...type.caption, color: colors.text };
  const actionHeight = drawText(doc, shot.action, caption, {
    x,
    y: top,
    width: cellWidth,
    maxLines: 2,
  });
  // The lines follow the action directly; a one-line action leaves its second line to them.
  const spare = Math.round((textHeight(2, caption) - actionHeight) / textHeight(1, caption));
  top += actionHeight + blockGap;
  const spoken: Span[] = shot.lines.flatMap((line, index) => [
    {
      text: `${index > 0 ? "  " : ""}${line.speaker.toLocaleUpperCase("en-US")} `,
      face: { weight: 600 },
      color: colors.accent,
    },
    { text: `“${line.text}”`, face: { weight: 400, italic: true } },
  ]);
  if (spoken.length > 0) {
    drawText(doc, spoken, type.caption, {
      x,
      y: top,
      width: cellWidth,
      maxLines: spokenLines + spare,
    });
  }
}
