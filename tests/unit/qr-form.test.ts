// The code forms' content is written straight from the outline path (draw-qr.ts); it must be what
// pdf-lib's drawSvgPath writes for the same path, byte for byte.
import { degrees, drawSvgPath, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { codeOperators } from '../../posters/draw-qr.ts';
import { encodeQr } from '../../src/drawing/qr-code.ts';
import { qrPath } from '../../src/drawing/qr-path.ts';

const viaPdfLib = (path: string, x: number, y: number, scale: number) =>
  drawSvgPath(path, {
    x,
    y,
    scale,
    color: rgb(0, 0, 0),
    borderColor: undefined,
    borderWidth: 0,
    rotate: degrees(0),
  }).join('\n');

describe('code form content', () => {
  it.each([
    ['https://kemlagi.mojokertokab.go.id/desa/betro', 42, 600.5, 3.25],
    ['https://kemlagi.contoh.invalid/layanan/surat-keterangan-ahli-waris', 310.7, 288, 2.4390243902439024],
  ])('is what drawSvgPath writes for %s', (url, x, y, scale) => {
    const path = qrPath(encodeQr(url).matrix);
    expect(codeOperators(path, x, y, scale)).toBe(viaPdfLib(path, x, y, scale));
  });

  it('falls back to drawSvgPath for a path that is not whole-number corners', () => {
    const path = 'M0.5 0L3 0L3 3Z';
    expect(codeOperators(path, 10, 20, 2)).toBe(viaPdfLib(path, 10, 20, 2));
  });
});
