// Measuring text: what a font must offer to be measured, and the width of a line in it. No PDF or SVG
// here, so posters, sheets and images measure with one function and tests with a fixed-width fake.

/** What the text helpers need from a font; pdf-lib's PDFFont and the images' fontkit font both have it. */
export interface TextFont {
  widthOfTextAtSize(text: string, size: number): number;
  /** Names the typeface for the width cache: every PDF embeds its own font objects for the same two faces. */
  name?: string;
}

const wordWidths = new Map<TextFont | string, Map<string, number>>();

/**
 * Width of `text` in points (or pixels). pdf-lib shapes the whole string with fontkit on every call, which
 * made wrapping (that measures the same words again and again) the slowest part of a build. Shaping never
 * reaches across a space and pdf-lib sums plain advance widths, so a line's width is exactly the sum of
 * its words and spaces; each word is measured once per typeface, at size 1, and scaled.
 */
export function textWidth(font: TextFont, text: string, size: number): number {
  const key = font.name ?? font;
  let widths = wordWidths.get(key);
  if (!widths) wordWidths.set(key, (widths = new Map()));
  let total = 0;
  for (const part of text.split(/( )/)) {
    if (!part) continue;
    let width = widths.get(part);
    if (width === undefined) widths.set(part, (width = font.widthOfTextAtSize(part, 1)));
    total += width;
  }
  return total * size;
}
