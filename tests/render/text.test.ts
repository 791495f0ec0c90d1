// Wrapping and fitting text: lines stay inside their box, words survive, addresses break readably.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fontsFor } from '../../posters/font.ts';
import { breakWord, fitText, textWidth, wrapText, type TextFont } from '../../src/drawing/text.ts';

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
  it('keeps the largest size at which the text fits on the lines the box holds', () => {
    const fitted = fitText('Desa Mojosarirejo', {
      font: mono,
      maxSize: 30,
      minSize: 10,
      maxWidth: 200,
      maxHeight: 30,
      leading: 1,
    });
    expect(fitted.lines).toEqual(['Desa Mojosarirejo']);
    // 17 characters at 0.5 em: 30 pt is too wide (255), 23.5 pt just fits (199.75).
    expect(fitted.size).toBe(23.5);
  });

  it('gives smaller type more lines in the same box', () => {
    // 29 characters need 9.5 pt to fit one 140 pt line; at 10 pt the 20 pt box holds two lines instead.
    const fitted = fitText('Kantor Kecamatan Kemlagi lama', {
      font: mono,
      maxSize: 20,
      minSize: 8,
      maxWidth: 140,
      maxHeight: 20,
      leading: 1,
    });
    expect(fitted).toEqual({ size: 10, lines: ['Kantor Kecamatan Kemlagi', 'lama'] });
  });

  it('ends with an ellipsis rather than overflowing when even the smallest size is too big', () => {
    const fitted = fitText('satu dua tiga empat lima enam tujuh', {
      font: mono,
      maxSize: 10,
      minSize: 10,
      maxWidth: 50,
      maxHeight: 20,
      leading: 1,
    });
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]!.endsWith('…')).toBe(true);
    for (const line of fitted.lines) expect(mono.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(50);
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
