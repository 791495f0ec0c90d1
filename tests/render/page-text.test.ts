// Text drawn on a page by drawTextOnPage reads exactly as pdf-lib's own drawText writes it, with one
// font resource per font per page however many pieces of text there are (drawText adds one per call).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFName } from 'pdf-lib';
import { BLACK } from '../../posters/draw-text.ts';
import { fontsFor } from '../../posters/font.ts';
import { drawTextOnPage } from '../../posters/page-text.ts';
import { createPdf, savePdf } from '../../posters/pdf-file.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { tempDir } from '../support/temp-dir.ts';

const PIECES = ['Fotokopi KTP-el', 'pemohon', 'Surat pengantar RT/RW', 'dan', 'Kelurahan Ğadingrejo', '(asli)'];

describe('drawTextOnPage', () => {
  it('writes what drawText writes, with one font resource per font on the page', async () => {
    const doc = await createPdf({ title: 'uji', subject: 'uji', author: 'uji', date: '2026-12-01' });
    const fonts = await fontsFor(doc);
    const ours = doc.addPage([400, 400]);
    const theirs = doc.addPage([400, 400]);
    PIECES.forEach((text, index) => {
      const options = {
        x: 20,
        y: 360 - index * 30,
        size: 14,
        font: index % 2 ? fonts.bold : fonts.regular,
        color: BLACK,
      };
      drawTextOnPage(ours, text, options);
      theirs.drawText(text, options);
    });
    const fontsOf = (page: typeof ours) => page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict).keys().length;
    expect(fontsOf(ours)).toBe(2);
    expect(fontsOf(theirs)).toBeGreaterThanOrEqual(PIECES.length);
    const file = join(await tempDir('teks-halaman'), 'teks.pdf');
    await writeFile(file, await savePdf(doc));
    const [first, second] = (await pdfText(file, 'raw')).split('\f');
    expect(first!.trim().split('\n')).toEqual(PIECES);
    expect(second).toBe(first);
  });
});
