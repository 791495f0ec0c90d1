// Wrapping and fitting text: lines stay inside their box, words survive, addresses break readably.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fontsFor } from '../../posters/font.ts';
import { fitLines, fitText, fixedLines, inkHeight, lineBoxes } from '../../src/drawing/fit-text.ts';
import { textWidth, type TextFont } from '../../src/drawing/text-width.ts';
import { breakWord, wrapText } from '../../src/drawing/wrap-text.ts';

/** Every character 0.5 em wide, so expectations can be worked out by hand. */
const mono: TextFont = { widthOfTextAtSize: (text, size) => text.length * size * 0.5 };
const words = (lines: string[]) => lines.join(' ').split(/\s+/);

describe('wrapText', () => {
  const text = 'Surat Keterangan Tidak Mampu untuk keringanan biaya sekolah atau berobat';

  it('keeps every line within the width and every word in order', () => {
    for (const width of [50, 60, 100, 250]) {
      const lines = wrapText(text, mono, 10, width);
      for (const line of lines) expect(mono.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(width);
      expect(words(lines)).toEqual(text.split(' '));
    }
  });

  it('starts a new line at a newline', () => {
    expect(wrapText('satu\ndua', mono, 10, 500)).toEqual(['satu', 'dua']);
  });

  it('breaks an address before its path, so the domain stays whole on the first line', () => {
    const lines = wrapText('kemlagi.mojokertokab.go.id/l/akta-lahir', mono, 10, 140);
    expect(lines).toEqual(['kemlagi.mojokertokab.go.id', '/l/akta-lahir']);
  });

  it('breaks a long hyphenated word after a hyphen, and anything else between letters', () => {
    expect(breakWord('surat-keterangan', (piece) => piece.length <= 10)).toEqual(['surat-', 'keterangan']);
    expect(breakWord('abcdefghij', (piece) => piece.length <= 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('fitText', () => {
  /** As the PDFs fit text: half-point steps, whole line boxes, "…" when cut. */
  const print = (maxSize: number, minSize: number, maxWidth: number, maxHeight: number) => ({
    font: mono,
    maxSize,
    minSize,
    maxWidth,
    step: 0.5,
    measure: lineBoxes(maxHeight, 1),
    ellipsis: true,
  });

  it('keeps the largest size at which the text fits on the lines the box holds', () => {
    const fitted = fitText('Desa Mojosarirejo', print(30, 10, 200, 30));
    expect(fitted.lines).toEqual(['Desa Mojosarirejo']);
    // 17 characters at 0.5 em: 30 pt is too wide (255), 23.5 pt just fits (199.75).
    expect(fitted.size).toBe(23.5);
  });

  it('shrinks in whole steps when the step is 1, as the images do', () => {
    // 23.5 is no longer tried; 23 (195.5 wide) is the largest whole size that fits.
    expect(fitText('Desa Mojosarirejo', { ...print(30, 10, 200, 30), step: 1 }).size).toBe(23);
  });

  it('gives smaller type more lines in the same box', () => {
    // 29 characters need 9.5 pt to fit one 140 pt line; at 10 pt the 20 pt box holds two lines instead.
    const fitted = fitText('Kantor Kecamatan Kemlagi lama', print(20, 8, 140, 20));
    expect(fitted).toEqual({ size: 10, lines: ['Kantor Kecamatan Kemlagi', 'lama'] });
  });

  it('tries the minimum size itself when the steps pass over it', () => {
    // 20 characters: 9.5 pt is 95 wide, too wide for 93; the minimum 9.3 pt (93) fits whole.
    const fitted = fitText('Pelayanan Terpadu 24', print(10, 9.3, 93, 10));
    expect(fitted).toEqual({ size: 9.3, lines: ['Pelayanan Terpadu 24'] });
  });

  it('ends with an ellipsis rather than overflowing when even the smallest size is too big', () => {
    const fitted = fitText('satu dua tiga empat lima enam tujuh', print(10, 10, 50, 20));
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]!.endsWith('…')).toBe(true);
    for (const line of fitted.lines) expect(mono.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(50);
  });

  it('cuts at a line end without an ellipsis when asked', () => {
    const fitted = fitText('satu dua tiga empat lima enam tujuh', { ...print(10, 10, 50, 20), ellipsis: false });
    expect(fitted.lines).toEqual(['satu dua', 'tiga empat']);
  });
});

describe('fitLines', () => {
  it('fits any kind of line, here styled runs in a fixed number of rows', () => {
    const runs = (size: number) => Array.from({ length: Math.ceil(60 / size) }, (_, row) => [{ text: `${row}` }]);
    // 60 / size rows: 8 pt needs 8 rows, 7.5 pt 8, 7 pt 9 … only 30 pt would give 2; the minimum 6 pt cuts.
    const fitted = fitLines({ maxSize: 8, minSize: 6, step: 0.5, wrap: runs, measure: fixedLines(2) });
    expect(fitted).toEqual({ size: 6, lines: [[{ text: '0' }], [{ text: '1' }]] });
  });
});

describe('inkHeight', () => {
  // A face reaching 1 em above the baseline and 0.25 em below it, lines 1.2 em apart.
  const measure = inkHeight(30, 1.2, { ascent: 1, descent: 0.25 });

  it('counts the first ascender and the last descender, not whole line boxes', () => {
    expect(measure.fits(1, 24)).toBe(true); // 24 × 1.25 = 30
    expect(measure.fits(1, 25)).toBe(false);
    expect(measure.height(2, 12)).toBeCloseTo(29.4, 9); // 12 × 1.2 + 12 × 1.25
    expect(measure.fits(2, 13)).toBe(false);
    expect(measure.room(12)).toBe(2);
  });
});

describe('textWidth', () => {
  it('measures exactly what pdf-lib measures for the same line in Noto Sans', async () => {
    const { regular, bold } = await fontsFor(await PDFDocument.create());
    const lines = [
      'Surat Keterangan Tidak Mampu (SKTM)',
      'Fotokopi KTP-el (2 lembar) · Jika ada / bila diperlukan',
      'kemlagi.mojokertokab.go.id/l/legalisasi',
      'CONTOH — BELUM UNTUK DICETAK · alamat situs masih contoh',
      'Official fi fl ffi «kutipan» 1.234,50',
    ];
    for (const font of [regular, bold]) {
      for (const line of lines) expect(textWidth(font, line, 11)).toBeCloseTo(font.widthOfTextAtSize(line, 11), 6);
    }
  });
});
