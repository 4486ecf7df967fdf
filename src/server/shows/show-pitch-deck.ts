import type { Executor } from "../db/client";
import { buildPitchDeck } from "../exports/pitch-deck/build-pitch-deck";
import type { MediaStore } from "../storage/media-store";
import { loadPitchDeckInput } from "./pitch-deck-input";
import { loadShow } from "./show-records";
import { safeName } from "./storyboard-package-paths";

/**
 * The show's pitch deck as a PDF: cover, style bible, cast, season and storyboards, drawn from
 * what exists now (a missing image is a labelled placeholder). Built on request: a deck is a few
 * seconds of work and always current.
 */
export async function buildShowPitchDeck(
  db: Executor,
  media: MediaStore,
  showIdOrSlug: string,
): Promise<{ pdf: Buffer; filename: string }> {
  const show = await loadShow(db, showIdOrSlug);
  const pdf = await buildPitchDeck(await loadPitchDeckInput(db, media, show.id));
  return { pdf, filename: `${safeName(show.title ?? show.slug)}-pitch-deck.pdf` };
}
