/**
 * `text` cut to at most `max` characters at a word boundary, with an ellipsis when anything was
 * cut. A word longer than most of the room is cut mid-word rather than leaving almost nothing.
 * Never splits a surrogate pair, so an emoji is kept whole or dropped.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  if (max <= 1) {
    return text.slice(0, Math.max(0, max));
  }
  let cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  if (space >= max * 0.6) {
    cut = cut.slice(0, space);
  }
  if (/[\uD800-\uDBFF]$/.test(cut)) {
    cut = cut.slice(0, -1);
  }
  return `${cut.replace(/[\s,;:.–—-]+$/, "")}…`;
}
