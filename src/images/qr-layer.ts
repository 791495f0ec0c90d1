// A QR code for an image (the same symbol and outline as the posters', src/drawing/), scaled to a whole
// number of pixels per module so its edges fall on pixel boundaries and the PNG stays sharp and small.
// The 4-module quiet zone is painted white and lies inside the box, so nothing else can be drawn into it.
import { encodeQr } from '../drawing/qr-code.ts';
import { sideWithQuietZone } from '../drawing/qr-path.ts';
import type { QrLayer } from './drawing.ts';
import type { Box } from './svg.ts';

/** The largest code for `url` that fits a square `area`, centred in it. */
export function qrLayer(url: string, area: Box): QrLayer {
  const { matrix } = encodeQr(url);
  const modules = sideWithQuietZone(matrix);
  const moduleSize = Math.floor(Math.min(area.width, area.height) / modules);
  const side = moduleSize * modules;
  const box = {
    x: area.x + Math.floor((area.width - side) / 2),
    y: area.y + Math.floor((area.height - side) / 2),
    width: side,
    height: side,
  };
  return { kind: 'qr', box, moduleSize, matrix };
}
