/**
 * Just enough XML for S3's flat REST documents (ListBucketResult, Error, DeleteResult, …): the
 * text of named elements, and escaping for the two bodies we send. A full XML parser would be a
 * dependency for documents whose shape S3 has kept since 2006.
 */

const entities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    }
    if (name.startsWith("#")) {
      return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    }
    return entities[name] ?? whole;
  });
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** The raw content of every `<tag>…</tag>` in `xml`, in document order, for nested elements. */
export function xmlElements(xml: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "g");
  return [...xml.matchAll(pattern)].map((match) => match[1] ?? "");
}

/** The decoded text of every `<tag>…</tag>` in `xml`, in document order. */
export const xmlTexts = (xml: string, tag: string): string[] =>
  xmlElements(xml, tag).map(decodeXml);

/** The first `<tag>`'s text, or `undefined`. */
export const xmlText = (xml: string, tag: string): string | undefined => xmlTexts(xml, tag)[0];
