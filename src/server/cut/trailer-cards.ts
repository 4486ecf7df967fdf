/**
 * The trailer's own typographic cards, drawn as stills for the cut: the title card (a title or a
 * phrase such as "THIS FALL", set large) and the end card (poster, title, tagline and the whole
 * cast billed). Every size is laid out from estimates that err wide (fit-text.ts), so any text —
 * 200 characters, emoji, RTL, markup — shrinks, wraps or is cut with an ellipsis, never clipped.
 *
 * This module is the cards' one door for the cut: the title card is drawn in
 * trailer-title-card.ts, the end card in trailer-end-card.ts (its type in
 * trailer-end-card-type.ts), both on trailer-card-stage.ts, sized by trailer-card-fit.ts and set
 * only in what trailer-card-fonts.ts can draw.
 */

export { drawEndCard, type EndCardInput } from "./trailer-end-card";
export { drawTitleCard } from "./trailer-title-card";
