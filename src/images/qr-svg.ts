// A QR code as one SVG path (src/drawing/qr-path.ts, as on the posters), scaled to a whole number of
// pixels per module so its edges fall on pixel boundaries and the PNG stays sharp and small. The 4-module
// quiet zone is painted white and lies inside the box, so nothing else can be drawn into it.
import { encodeQr, type QrSymbol } from '../drawing/qr-code.ts';
import { qrPath, sideWithQuietZone } from '../drawing/qr-path.ts';
import { BLACK, WHITE } from './palette.ts';
import { rect, type Box } from './svg.ts';

export interface DrawnImageQr {
  svg: string;
  symbol: QrSymbol;
  /** Pixels per module. */
  moduleSize: number;
  /** The code including its quiet zone. */
  box: Box;
}

/** The largest code for `url` that fits a square `area`, centred in it. */
export function qrSvg(url: string, area: Box): DrawnImageQr {
  const symbol = encodeQr(url);
  const modules = sideWithQuietZone(symbol.matrix);
  const moduleSize = Math.floor(Math.min(area.width, area.height) / modules);
  const side = moduleSize * modules;
  const box = {
    x: area.x + Math.floor((area.width - side) / 2),
    y: area.y + Math.floor((area.height - side) / 2),
    width: side,
    height: side,
  };
  const svg = [
    rect(box, WHITE),
    `<path d="${qrPath(symbol.matrix)}" transform="translate(${box.x} ${box.y}) scale(${moduleSize})" ` +
      `fill="${BLACK}" shape-rendering="crispEdges"/>`,
  ].join('\n');
  return { svg, symbol, moduleSize, box };
}
