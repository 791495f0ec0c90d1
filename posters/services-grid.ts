// The services grid of a village poster page (the section heading and, for each service, its title, code
// and printed address) as one form XObject. Every village of a kecamatan has the same grid, and it was
// half of every poster's time: its content is drawn, written and compressed once per worker and reused
// by the next villages' posters. Only the link annotations, which cannot live in a form, go on the page.
//
// The form names its fonts F0 (regular) and F1 (bold) and its codes Q0…, and the page gets it under one
// name, so a fresh drawing and a reused one add the same objects in the same order: a job's bytes do not
// depend on what the worker drew before.
import type { PDFDocument, PDFFont, PDFPage, PDFRef } from 'pdf-lib';
import type { DrawnQr } from './draw-qr.ts';
import { FormCanvas, type EncodedLine, type RecordedForm } from './form-canvas.ts';
import type { Fonts } from './font.ts';
import { addLinkToPage, drawFormOnPage, formStream } from './surface.ts';

interface RecordedGrid extends RecordedForm {
  drawn: DrawnQr[];
}

const grids = new Map<string, RecordedGrid>();
const MAX_MEMOISED_GRIDS = 64;

/**
 * Draws the grid `draw` makes onto `page` as a form. `key` must name everything the drawing depends on
 * except the document (the texts, addresses, boxes and type sizes).
 */
export function drawServicesGrid(
  doc: PDFDocument,
  page: PDFPage,
  fonts: Fonts,
  key: string,
  draw: (canvas: FormCanvas) => DrawnQr[],
): DrawnQr[] {
  const formFonts = [fonts.regular, fonts.bold];
  const kept = grids.get(key);
  let grid = kept && encodesAlike(kept.lines, formFonts) ? kept : undefined;
  if (!grid) {
    const canvas = new FormCanvas(formFonts);
    const drawn = draw(canvas);
    grid = { ...canvas.finish(), drawn };
    if (!kept && grids.size >= MAX_MEMOISED_GRIDS) grids.clear();
    grids.set(key, grid);
  }
  addGrid(doc, page, formFonts, grid);
  return [...grid.drawn];
}

/** Forgets every kept grid, so the next poster draws its grid afresh (for tests). */
export function forgetServicesGrids(): void {
  grids.clear();
}

/**
 * Encodes the grid's lines in drawing order, which adds their glyphs to the subsets as drawing would, and
 * tells whether the glyph ids are the recorded ones. They differ when this document's subset took other
 * glyphs first (a desa name with a letter outside the repertoire, see font.ts); the grid is then drawn
 * afresh, and encoding the same lines again does not change the subsets.
 */
function encodesAlike(lines: readonly EncodedLine[], fonts: readonly PDFFont[]): boolean {
  return lines.every(({ font, line, hex }) => fonts[font]!.encodeText(line).toString() === hex);
}

function addGrid(doc: PDFDocument, page: PDFPage, fonts: readonly PDFFont[], grid: RecordedGrid): void {
  const { context } = doc;
  const codes: Record<string, PDFRef> = {};
  grid.forms.forEach(({ compressed, bbox }, i) => {
    codes[`Q${i}`] = context.register(formStream(doc, compressed, bbox));
  });
  const fontNames: Record<string, PDFRef> = {};
  fonts.forEach((font, i) => (fontNames[`F${i}`] = font.ref));
  const resources = context.obj({ Font: fontNames, XObject: codes });
  const { width, height } = page.getSize();
  const form = formStream(doc, grid.compressed, { x: 0, y: 0, width, height }, resources);
  drawFormOnPage(page, 'Layanan', context.register(form));
  for (const { url, box } of grid.links) addLinkToPage(doc, page, url, box);
}
