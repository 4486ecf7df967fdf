import sharp from "sharp";
import { drawText } from "./deck-text";
import type { DeckColors } from "./deck-theme";

/** Pixels per point of an embedded image: 144 dpi, sharp on a screen and in print proofs. */
const pixelsPerPoint = 2;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * An image drawn into a box. `cover` fills the box and crops (frames, portraits: `north` keeps a
 * portrait's face); `contain` keeps the whole image and centres it in the box (the poster).
 * Every image goes through sharp into a JPEG of the size it is shown at: PDFKit reads only PNG
 * and JPEG (a model's WebP would throw), and a 4K PNG would make a 60 MB deck. Returns the box
 * the image took, or null when the file is missing or unreadable — the caller then draws
 * `drawPlaceholder` and the deck is still made.
 */
export async function drawImage(
  doc: PDFKit.PDFDocument,
  file: string | null,
  box: Box,
  fit: { mode: "cover" | "contain"; position?: "centre" | "north" },
): Promise<Box | null> {
  if (!file) {
    return null;
  }
  try {
    const { data, info } = await sharp(file, { failOn: "error" })
      .rotate()
      .resize(
        Math.round(box.width * pixelsPerPoint),
        Math.round(box.height * pixelsPerPoint),
        fit.mode === "cover"
          ? { fit: "cover", position: fit.position ?? "centre" }
          : { fit: "inside" },
      )
      .flatten({ background: "#000000" })
      .jpeg({ quality: 84, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const width = info.width / pixelsPerPoint;
    const height = info.height / pixelsPerPoint;
    const placed = {
      x: box.x + (box.width - width) / 2,
      y: box.y + (box.height - height) / 2,
      width,
      height,
    };
    doc.image(data, placed.x, placed.y, { width, height });
    return placed;
  } catch {
    return null;
  }
}

/** A quiet panel saying what is not made yet, where an image would be. */
export function drawPlaceholder(
  doc: PDFKit.PDFDocument,
  box: Box,
  label: string,
  colors: DeckColors,
): void {
  doc.rect(box.x, box.y, box.width, box.height).fill(colors.surface);
  const size = Math.max(7, Math.min(11, box.width / 16));
  drawText(
    doc,
    label,
    { size, face: { weight: 400 }, color: colors.muted },
    {
      x: box.x + 8,
      y: box.y + box.height / 2 - size * 0.65,
      width: box.width - 16,
      maxLines: 1,
      align: "center",
    },
  );
}

/** The image, or a placeholder where it cannot be drawn. */
export async function drawImageOrPlaceholder(
  doc: PDFKit.PDFDocument,
  file: string | null,
  box: Box,
  fit: { mode: "cover" | "contain"; position?: "centre" | "north" },
  placeholder: { label: string; colors: DeckColors },
): Promise<Box> {
  const placed = await drawImage(doc, file, box, fit);
  if (placed) {
    return placed;
  }
  drawPlaceholder(doc, box, placeholder.label, placeholder.colors);
  return box;
}
