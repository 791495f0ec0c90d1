// The "not for printing yet" band drawn on every page while the site address is a placeholder. It sits in
// its own strip above the header, never over a QR code, so a sample poster can still be test-scanned.
import { CONTOH_BAND_TEXT } from '../src/lib/contoh.ts';
import { BLACK, drawFitted, WHITE } from './draw-text.ts';
import type { Fonts } from './font.ts';
import type { Rect } from './geometry.ts';
import type { ShapeSurface } from './surface.ts';

export function drawContohBand(page: ShapeSurface, band: Rect, fonts: Fonts): void {
  page.drawRectangle({ ...band, color: BLACK });
  const size = band.height * 0.5;
  const inner = { x: band.x + size, y: band.y, width: band.width - 2 * size, height: band.height };
  drawFitted(page, CONTOH_BAND_TEXT, inner, {
    font: fonts.bold,
    size,
    minSize: size * 0.6,
    leading: band.height / size,
    align: 'center',
    color: WHITE,
  });
}
