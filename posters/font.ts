// The poster typeface: Noto Sans, which covers Indonesian (and every name a village might carry) and
// stays legible when photocopied. Each PDF gets each weight embedded once, as a subset of the glyphs used.
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { notoSansBytes } from '../src/drawing/font-files.ts';
import { fontkitAdapter } from '../src/drawing/fontkit-adapter.ts';

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

// The subset tag (six capitals and "+") tells viewers and `pdffonts` the font is a subset. pdf-lib would
// otherwise append a random suffix to the name, and two runs would never produce the same bytes.
const NAMES = { regular: 'PELITA+NotoSans-Regular', bold: 'PELITA+NotoSans-Bold' };

const embedded = new WeakMap<PDFDocument, Promise<Fonts>>();

/** The document's fonts, embedding them on first use; later calls for the same document reuse them. */
export function fontsFor(doc: PDFDocument): Promise<Fonts> {
  let fonts = embedded.get(doc);
  if (!fonts) {
    fonts = embed(doc);
    embedded.set(doc, fonts);
  }
  return fonts;
}

async function embed(doc: PDFDocument): Promise<Fonts> {
  const bytes = await notoSansBytes();
  doc.registerFontkit(fontkitAdapter);
  const [regular, bold] = await Promise.all([
    doc.embedFont(bytes.regular, { subset: true, customName: NAMES.regular }),
    doc.embedFont(bytes.bold, { subset: true, customName: NAMES.bold }),
  ]);
  return { regular, bold };
}

/**
 * Letters every village poster's subsets start with, in this order. pdf-lib numbers a subset's glyphs in
 * the order they are first drawn, so two documents that drew different text would have different subsets;
 * starting from the same repertoire, every village poster of a build has the same two subsets (unless a
 * name brings a letter outside it), and the all-villages file keeps one copy of each (combine-pdfs.ts).
 */
export const POSTER_REPERTOIRE =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '…·—–‘’“”•×ÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜàáâäèéêëìíîïòóôöùúûüÑñÇç';

/** Puts the repertoire into both subsets before anything is drawn. */
export function seedSubsets(fonts: Fonts): void {
  fonts.regular.encodeText(POSTER_REPERTOIRE);
  fonts.bold.encodeText(POSTER_REPERTOIRE);
}
