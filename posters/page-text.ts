// Text on a PDF page, as PDFPage.drawText writes it, less its cost. pdf-lib's drawText gives the page a
// new font resource on every call (a unique name, found by scanning every name the page has so far) and
// checks each option's type; a requirement sheet draws hundreds of pieces of text, so that was a tenth
// of its time and hundreds of resource entries naming the same two fonts. Here each font gets one
// resource per page, and the operators are the ones drawText writes.
import { cleanText, degrees, drawLinesOfText, lineSplit, type PDFFont, type PDFName, type PDFPage } from 'pdf-lib';
import type { TextOptions } from './surface.ts';

// PDFPage's default line height, which its drawText writes (TL) even for a single line.
export const PAGE_LINE_HEIGHT = 24;
const NO_TURN = degrees(0);

const fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

export function drawTextOnPage(page: PDFPage, text: string, { x, y, size, font, color }: TextOptions): void {
  let keys = fontKeys.get(page);
  if (!keys) fontKeys.set(page, (keys = new Map()));
  let key = keys.get(font);
  if (!key) keys.set(font, (key = page.node.newFontDictionary(font.name, font.ref)));
  // Encoding also adds the glyphs to the font's subset, as drawText does.
  const encoded = lineSplit(cleanText(text)).map((line) => font.encodeText(line));
  page.pushOperators(
    ...drawLinesOfText(encoded, {
      color,
      font: key,
      size,
      x,
      y,
      lineHeight: PAGE_LINE_HEIGHT,
      rotate: NO_TURN,
      xSkew: NO_TURN,
      ySkew: NO_TURN,
    }),
  );
}
