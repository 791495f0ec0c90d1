// Breaking a word wider than its line: an address before its first "/" that fits, another word after a
// "-" or between letters. The quick path for addresses must cut exactly where the definition says, and
// measure an address once per piece rather than once per prefix tried.
import { describe, expect, it } from 'vitest';
import { breakWord } from '../../src/drawing/wrap-text.ts';

/** Letters of different widths, so cuts do not fall at round positions. */
const width = (piece: string) => [...piece].reduce((sum, letter) => sum + (/[mw]/.test(letter) ? 1.4 : 1), 0);

/** The definition: the longest prefix that fits, then the first "/" within it, else its last "-". */
function reference(word: string, maxWidth: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (width(rest) > maxWidth) {
    let longest = 1;
    while (longest < rest.length && width(rest.slice(0, longest + 1)) <= maxWidth) longest++;
    const cuts = Array.from({ length: longest }, (_, i) => i + 1);
    const cut = cuts.find((at) => rest[at] === '/') ?? cuts.findLast((at) => rest[at - 1] === '-') ?? longest;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...pieces, rest];
}

const WORDS = [
  'layanan.mojokertokab.go.id/kemlagi/d/3516102007',
  'kemlagi.contoh.invalid/l/surat-keterangan-tidak-mampu',
  'layanan-kecamatan-mojowarno-kabupaten-jombang',
  'Pengesahan' + 'Administrasi'.repeat(4),
  '/awal/dengan/garis-miring/di/depan',
  'www.mmmmmmmmmmmmmmmmmmmm.go.id/l/x',
];

describe('breakWord', () => {
  it('cuts where the definition cuts, for every width', () => {
    let compared = 0;
    for (const word of WORDS) {
      for (let maxWidth = 3; maxWidth <= width(word) + 1; maxWidth++) {
        const fits = (piece: string) => width(piece) <= maxWidth;
        expect(breakWord(word, fits), `${word} in ${maxWidth}`).toEqual(reference(word, maxWidth));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('measures an address once per piece when each part before a "/" fits', () => {
    const measured: string[] = [];
    const pieces = breakWord('layanan.mojokertokab.go.id/kemlagi/d/3516102007', (piece) => {
      measured.push(piece);
      return width(piece) <= 28;
    });
    expect(pieces).toEqual(['layanan.mojokertokab.go.id', '/kemlagi/d/3516102007']);
    // The whole word, then the domain: no search over prefixes.
    expect(measured).toEqual([
      'layanan.mojokertokab.go.id/kemlagi/d/3516102007',
      'layanan.mojokertokab.go.id',
      '/kemlagi/d/3516102007',
    ]);
  });
});
