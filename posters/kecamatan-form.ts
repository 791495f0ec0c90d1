// What a village poster page shows that is the same for every village of the kecamatan (the services
// grid: section heading and, for each service, its title, code and printed address; the footer; the
// CONTOH band) as one form XObject. The grid alone was half of every poster's time: the form's content is
// drawn, written and compressed once per worker and reused by the next villages' posters. Only the link
// annotations, which cannot live in a form, go on the page.
//
// The form names its fonts F0 (regular) and F1 (bold) and its codes Q0…, and the page gets it under one
// name, so a fresh drawing and a reused one add the same objects in the same order: a job's bytes do not
// depend on what the worker drew before.
import type { PDFDocument, PDFFont, PDFPage, PDFRef } from 'pdf-lib';
import type { DrawnQr } from './draw-qr.ts';
import { FormCanvas, type EncodedLine, type RecordedForm } from './form-canvas.ts';
import type { Fonts } from './font.ts';
import { addLinkToPage, drawFormOnPage, formStream } from './surface.ts';

interface KecamatanForm extends RecordedForm {
  drawn: DrawnQr[];
  /** Each font's subset (glyph ids in order) before the form was drawn, if drawing it added no glyph. */
  subsetsBefore?: (readonly number[])[];
}

const forms = new Map<string, KecamatanForm>();
const MAX_MEMOISED_FORMS = 64;

/**
 * Draws what `draw` draws onto `page` as one form. `key` must name everything the drawing depends on
 * except the document (the texts, addresses, boxes and type sizes).
 */
export function drawKecamatanForm(
  doc: PDFDocument,
  page: PDFPage,
  fonts: Fonts,
  key: string,
  draw: (canvas: FormCanvas) => DrawnQr[],
): DrawnQr[] {
  const formFonts = [fonts.regular, fonts.bold];
  const kept = forms.get(key);
  let form = kept && (sameSubsets(kept, formFonts) || encodesAlike(kept.lines, formFonts)) ? kept : undefined;
  if (!form) {
    form = record(formFonts, draw);
    if (!kept && forms.size >= MAX_MEMOISED_FORMS) forms.clear();
    forms.set(key, form);
  }
  addForm(doc, page, formFonts, form);
  return [...form.drawn];
}

function record(fonts: readonly PDFFont[], draw: (canvas: FormCanvas) => DrawnQr[]): KecamatanForm {
  const before = fonts.map((font) => subsetGlyphs(font)?.slice());
  const canvas = new FormCanvas(fonts);
  const drawn = draw(canvas);
  const form: KecamatanForm = { ...canvas.finish(), drawn };
  const added = fonts.some((font, i) => subsetGlyphs(font)?.length !== before[i]?.length);
  if (!added && before.every((glyphs) => glyphs)) form.subsetsBefore = before as number[][];
  return form;
}

/** Forgets every kept form, so the next poster draws its own afresh (for tests). */
export function forgetKecamatanForms(): void {
  forms.clear();
}

/**
 * Encodes the form's lines in drawing order, which adds their glyphs to the subsets as drawing would, and
 * tells whether the glyph ids are the recorded ones. They differ when this document's subset took other
 * glyphs first (a desa name with a letter outside the repertoire, see font.ts); the form is then drawn
 * afresh, and encoding the same lines again does not change the subsets.
 */
function encodesAlike(lines: readonly EncodedLine[], fonts: readonly PDFFont[]): boolean {
  return lines.every(({ font, line, hex }) => fonts[font]!.encodeText(line).toString() === hex);
}

/**
 * The quick case of the same question: when drawing the form added no glyph to the subsets it found, and
 * this document's subsets are exactly those, every id is the recorded one and encoding would change
 * nothing. (This is most village posters: the repertoire holds every letter of the grid.)
 */
function sameSubsets(form: KecamatanForm, fonts: readonly PDFFont[]): boolean {
  const { subsetsBefore } = form;
  if (!subsetsBefore) return false;
  return fonts.every((font, i) => {
    const glyphs = subsetGlyphs(font);
    const recorded = subsetsBefore[i]!;
    return glyphs?.length === recorded.length && glyphs.every((id, j) => id === recorded[j]);
  });
}

/**
 * The source glyph ids a font's subset holds, in subset order (fontkit's Subset.glyphs, behind pdf-lib's
 * embedder; fontkit-adapter.ts reads the same list), or undefined if the font is not a subset.
 */
function subsetGlyphs(font: PDFFont): readonly number[] | undefined {
  const { embedder } = font as unknown as { embedder?: { subset?: { glyphs?: unknown } } };
  const glyphs = embedder?.subset?.glyphs;
  return Array.isArray(glyphs) ? (glyphs as number[]) : undefined;
}

function addForm(doc: PDFDocument, page: PDFPage, fonts: readonly PDFFont[], form: KecamatanForm): void {
  const { context } = doc;
  const codes: Record<string, PDFRef> = {};
  form.forms.forEach((code, i) => {
    codes[`Q${i}`] = context.register(formStream(doc, code));
  });
  const fontNames: Record<string, PDFRef> = {};
  fonts.forEach((font, i) => (fontNames[`F${i}`] = font.ref));
  const resources = context.obj({ Font: fontNames, XObject: codes });
  const { width, height } = page.getSize();
  const stream = formStream(doc, { compressed: form.compressed, bbox: { x: 0, y: 0, width, height } }, resources);
  drawFormOnPage(page, 'Kecamatan', context.register(stream));
  for (const { url, box } of form.links) addLinkToPage(doc, page, url, box);
}
