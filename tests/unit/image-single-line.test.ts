// A one-line label on an image is sized without wrapping, and the answer is exactly the one the shared
// fitting routine gives (src/drawing/fit-text.ts), for any text and box.
import { describe, expect, it } from 'vitest';
import { fitText, inkHeight } from '../../src/drawing/fit-text.ts';
import type { TextFont } from '../../src/drawing/text-width.ts';
import { fitSingleLine } from '../../src/images/single-line.ts';

// Letters of different widths, so sizes do not come out round.
const font: TextFont = {
  name: 'single-line-fake',
  widthOfTextAtSize: (text, size) => [...text].reduce((sum, letter) => sum + (letter === 'm' ? 0.83 : 0.52), 0) * size,
};
const metrics = { ascent: 1.07, descent: 0.29 };
const TEXTS = [
  'layanan.mojokertokab.go.id/kemlagi/l/sktm',
  'Kecamatan Kemlagi · Kabupaten Mojokerto',
  'Pindai kode QR dengan kamera HP, atau ketik alamatnya',
  'mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm',
  'pendek',
];

describe('one-line labels', () => {
  it('choose the size and line fitText chooses, or leave texts that do not fit to it', () => {
    let compared = 0;
    for (const text of TEXTS) {
      for (const width of [300, 640, 960, 1080]) {
        for (const height of [40, 56, 68, 90, 200]) {
          const spec = { font, maxSize: 48, minSize: 24, maxWidth: width, measure: inkHeight(height, 1.2, metrics) };
          const fast = fitSingleLine(text, spec);
          if (!fast) continue;
          expect(fast, `${text} in ${width} × ${height}`).toEqual(fitText(text, { ...spec, step: 1, ellipsis: true }));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('leaves a text that would wrap in a box with room for two lines, or fits nowhere, to fitText', () => {
    const measure = inkHeight(200, 1.2, metrics);
    expect(
      fitSingleLine('Kecamatan Kemlagi', { font, maxSize: 48, minSize: 24, maxWidth: 300, measure }),
    ).toBeUndefined();
    const oneLine = inkHeight(56, 1.2, metrics);
    expect(
      fitSingleLine(TEXTS[3]!, { font, maxSize: 48, minSize: 24, maxWidth: 300, measure: oneLine }),
    ).toBeUndefined();
  });
});
