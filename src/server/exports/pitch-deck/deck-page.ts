import { drawFittedText, drawText } from "./deck-text";
import { content, type DeckColors, page, type TypeScale } from "./deck-theme";

/** What every page drawer gets: the document, the show's colours and type, the running count. */
export interface DeckContext {
  doc: PDFKit.PDFDocument;
  colors: DeckColors;
  type: TypeScale;
  /** The show's title, for the footer. */
  showTitle: string;
  pages: number;
}

/** A new blank page in the deck's background colour. */
export function addBlankPage(deck: DeckContext): void {
  deck.doc.addPage({ size: [page.width, page.height], margin: 0 });
  deck.pages += 1;
  deck.doc.rect(0, 0, page.width, page.height).fill(deck.colors.background);
}

/**
 * A content page: a kicker ("CAST · 1 OF 2") and a title over the live area, and a footer with
 * the show's title and the page number.
 */
export function addContentPage(deck: DeckContext, kicker: string, title: string): void {
  addBlankPage(deck);
  const { doc, type, colors } = deck;
  drawText(doc, kicker, type.kicker, { x: content.x, y: 40, width: content.width, maxLines: 1 });
  drawFittedText(
    doc,
    title,
    { ...type.title, minSize: 20 },
    { x: content.x, y: 55, width: content.width, maxLines: 1 },
  );
  const footerY = page.height - 30;
  doc
    .moveTo(content.x, footerY - 9)
    .lineTo(content.x + content.width, footerY - 9)
    .lineWidth(0.5)
    .stroke(colors.rule);
  drawText(doc, deck.showTitle, type.label, {
    x: content.x,
    y: footerY,
    width: content.width - 60,
    maxLines: 1,
  });
  drawText(doc, String(deck.pages), type.label, {
    x: content.x + content.width - 60,
    y: footerY,
    width: 60,
    maxLines: 1,
    align: "right",
  });
}

/**
 * `items` in pages of at most `perPage`, as even as can be, fuller pages first: 5 cards are 3 and
 * 2 (not 4 and a lone 1), 10 are 4, 3 and 3.
 */
export function evenPages<T>(items: readonly T[], perPage: number): T[][] {
  const pageCount = Math.ceil(items.length / perPage);
  const base = Math.floor(items.length / Math.max(1, pageCount));
  const fuller = items.length - base * pageCount;
  const pages: T[][] = [];
  let start = 0;
  for (let index = 0; index < pageCount; index++) {
    const size = base + (index < fuller ? 1 : 0);
    pages.push(items.slice(start, start + size));
    start += size;
  }
  return pages;
}
