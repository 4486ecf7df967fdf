import { addContentPage, type DeckContext } from "../deck-page";
import { drawText, type Span, textHeight } from "../deck-text";
import { content, isLight, safeHex } from "../deck-theme";
import type { PitchDeckInput } from "../pitch-deck-input";

const columnGap = 40;
const leftWidth = 360;
const rightX = content.x + leftWidth + columnGap;
const rightWidth = content.width - leftWidth - columnGap;
const paletteTop = 318;
const swatchHeight = 96;

/** The style bible: the production style, mood words, cinematography notes and the palette. */
export function drawStylePage(deck: DeckContext, input: PitchDeckInput): void {
  const { doc, type, colors } = deck;
  addContentPage(deck, "Style bible", `The look: ${input.medium}`);
  const { style } = input;

  // The description takes what the mood words leave above the palette.
  const moodLines = 2;
  const moodHeight = style.moodKeywords.length > 0 ? 30 + textHeight(moodLines, type.body) : 0;
  const description = { ...type.lead, size: 12.5, leading: 1.45 };
  const room = paletteTop - 30 - content.top - moodHeight;
  let y = content.top;
  y += drawText(doc, style.description, description, {
    x: content.x,
    y,
    width: leftWidth,
    maxLines: Math.max(1, Math.floor(room / textHeight(1, description))),
  });
  if (style.moodKeywords.length > 0) {
    y += 14;
    drawText(doc, "Mood", type.label, { x: content.x, y, width: leftWidth, maxLines: 1 });
    y += 16;
    const words: Span[] = style.moodKeywords.flatMap((word, index) => [
      ...(index > 0 ? [{ text: "  ·  ", color: colors.accent }] : []),
      { text: word.replace(/\s+/g, "\u00a0") },
    ]);
    drawText(
      doc,
      words,
      { ...type.body, color: colors.text },
      { x: content.x, y, width: leftWidth, maxLines: moodLines },
    );
  }

  // Cinematography notes, two columns by two rows.
  const notes = style.notes.slice(0, 4);
  const noteWidth = (rightWidth - 24) / 2;
  notes.forEach((note, index) => {
    const x = rightX + (index % 2) * (noteWidth + 24);
    const top = content.top + Math.floor(index / 2) * 94;
    doc.rect(x, top, 18, 1.5).fill(colors.accent);
    drawText(doc, note.label, type.label, { x, y: top + 8, width: noteWidth, maxLines: 1 });
    drawText(
      doc,
      note.text,
      { ...type.body, color: colors.text },
      { x, y: top + 22, width: noteWidth, maxLines: 4 },
    );
  });

  // The palette, as wide swatches across the page.
  const palette = style.palette.slice(0, 8);
  if (palette.length === 0) {
    return;
  }
  drawText(doc, "Palette", type.label, {
    x: content.x,
    y: paletteTop - 18,
    width: 200,
    maxLines: 1,
  });
  const gap = 10;
  const swatchWidth = (content.width - gap * (palette.length - 1)) / palette.length;
  palette.forEach((swatch, index) => {
    const x = content.x + index * (swatchWidth + gap);
    const hex = safeHex(swatch.hex);
    doc.rect(x, paletteTop, swatchWidth, swatchHeight).fill(hex);
    drawText(
      doc,
      hex.toUpperCase(),
      { ...type.label, color: isLight(hex) ? "#1a1a1a" : "#f3f0ea" },
      { x: x + 10, y: paletteTop + swatchHeight - 20, width: swatchWidth - 20, maxLines: 1 },
    );
    drawText(
      doc,
      swatch.name,
      { ...type.body, color: colors.text },
      { x, y: paletteTop + swatchHeight + 8, width: swatchWidth, maxLines: 2 },
    );
  });
}
