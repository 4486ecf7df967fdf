import { drawImageOrPlaceholder } from "../deck-images";
import { addContentPage, type DeckContext, evenPages } from "../deck-page";
import { drawFittedText, drawText } from "../deck-text";
import { content } from "../deck-theme";
import type { PitchDeckCastMember } from "../pitch-deck-input";

/** Cards per page: four portraits across reads at a glance; a cast of ten takes three pages. */
export const castPerPage = 4;
const gap = 20;
const cardWidth = (content.width - gap * (castPerPage - 1)) / castPerPage;
const portraitHeight = 214;

/** The cast, four cards a page: portrait, name, role and a short bio. */
export async function drawCastPages(
  deck: DeckContext,
  cast: readonly PitchDeckCastMember[],
): Promise<void> {
  const pages = evenPages(cast, castPerPage);
  for (const [index, members] of pages.entries()) {
    const kicker = pages.length > 1 ? `Cast · ${index + 1} of ${pages.length}` : "Cast";
    addContentPage(deck, kicker, "The characters");
    // A page of fewer than four cards centres them rather than leaving a hole on the right.
    const rowWidth = members.length * cardWidth + (members.length - 1) * gap;
    const left = content.x + (content.width - rowWidth) / 2;
    for (const [slot, member] of members.entries()) {
      await drawCard(deck, member, left + slot * (cardWidth + gap));
    }
  }
}

async function drawCard(deck: DeckContext, member: PitchDeckCastMember, x: number) {
  const { doc, type, colors } = deck;
  let y = content.top;
  await drawImageOrPlaceholder(
    doc,
    member.portraitPath,
    { x, y, width: cardWidth, height: portraitHeight },
    { mode: "cover", position: "north" },
    { label: "Portrait not made yet", colors },
  );
  y += portraitHeight + 12;
  y += drawFittedText(
    doc,
    member.name,
    { ...type.heading, minSize: 11 },
    { x, y, width: cardWidth, maxLines: 1 },
  ).height;
  y += 3;
  y += drawText(doc, member.role, type.kicker, { x, y, width: cardWidth, maxLines: 1 });
  y += 6;
  drawText(doc, member.bio, { ...type.body, size: 9.5 }, { x, y, width: cardWidth, maxLines: 8 });
}
