/** Words compared without case, hyphens or punctuation: "Neo-noir" and "neo noir" are alike. */
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The eyebrow over a show's title from its genre and medium, without saying a word twice: the
 * medium keeps only what the genre did not already say. "Neo-noir thriller" and "neo-noir graphic
 * novel" make "Neo-noir thriller · Graphic novel", not "NEO-NOIR THRILLER · NEO-NOIR GRAPHIC NOVEL".
 */
export function showLabels(genre: string, medium: string): string[] {
  const said = new Set(words(genre));
  const rest = medium
    .trim()
    .split(/\s+/)
    .filter((token) => {
      const tokenWords = words(token);
      return tokenWords.length > 0 && !tokenWords.every((word) => said.has(word));
    })
    .join(" ");
  const labels = [genre.trim(), rest].filter(Boolean);
  return labels.map(capitalised);
}
