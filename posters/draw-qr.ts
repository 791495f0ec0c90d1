// Draws one QR code as vector art, makes it a clickable link in the PDF, and prints its address under it
// for people who type rather than scan.
import { deflateSync } from 'node:zlib';
import { degrees, drawSvgPath } from 'pdf-lib';
import { printableUrl } from '../src/lib/urls.ts';
import { BLACK, drawFitted, WHITE, type FittedStyle } from './draw-text.ts';
import type { Rect } from './geometry.ts';
import type { FormContent, QrSurface } from './surface.ts';
import { encodeQr } from '../src/drawing/qr-code.ts';
import { qrPath, sideWithQuietZone } from '../src/drawing/qr-path.ts';

export interface DrawnQr {
  url: string;
  version: number;
}

export interface QrLabel extends FittedStyle {
  box: Rect;
}

/** Draws the code for `url` filling the square `box` (quiet zone included), and its printed address. */
export function drawQr(surface: QrSurface, url: string, box: Rect, label?: QrLabel): DrawnQr {
  const symbol = encodeQr(url);
  const moduleSize = box.width / sideWithQuietZone(symbol.matrix);
  const square = { x: box.x, y: box.y, width: box.width, height: box.width };
  // The quiet zone is painted white so a code stays readable even if a background is ever added.
  surface.drawRectangle({ ...square, color: WHITE });
  surface.drawForm(codeForm(qrPath(symbol.matrix), box, moduleSize));
  surface.addLink(url, box);
  if (label) drawFitted(surface, printableUrl(url), label.box, { align: 'center', ...label });
  return { url, version: symbol.version };
}

// Each code is a form XObject: the operators page.drawSvgPath would write for the path at one point per
// module, compressed once per code, and placed on the page by the form's matrix. Every village poster
// draws each service's code, in every paper size, and parsing, writing and compressing that path again
// for every poster was most of its time; the compressed bytes are kept (a province draws thousands of
// codes, so only bytes, no operator objects). The all-villages file keeps one copy of each identical form
// (combine-pdfs.ts).
const forms = new Map<string, Uint8Array>();
const MAX_MEMOISED_CODES = 4_000;

/** The form drawing the code's path into `box` (quiet zone included), `scale` points per module. */
function codeForm(path: string, box: Rect, scale: number): FormContent {
  let compressed = forms.get(path);
  if (!compressed) {
    if (forms.size >= MAX_MEMOISED_CODES) forms.clear();
    forms.set(path, (compressed = deflateSync(codeOperators(path, 0, 0, 1))));
  }
  // In the form's space a module is 1 unit and y runs down from 0 (drawSvgPath flips it); the matrix
  // scales that to the box and puts its top left corner at the box's.
  const side = box.width / scale;
  return {
    compressed,
    bbox: { x: 0, y: -side, width: side, height: side },
    matrix: [scale, 0, 0, scale, box.x, box.y + box.width],
  };
}

/** Whole-number corners only, as qrPath writes them: M, H, V and Z. */
const CORNER_PATH = /^(?:[MHVZ](?:\d+(?: \d+)?)?)*$/;

/**
 * The text page.drawSvgPath writes for the path, byte for byte: pdf-lib's framing (position, scale, fill
 * colour, then fill), and between them each corner as a moveto or lineto. pdf-lib parses the path into
 * operator objects and prints them back, which was a third of a code's cost; corners are whole numbers,
 * so they print as they are written.
 */
export function codeOperators(path: string, x: number, y: number, scale: number): string {
  const options = { x, y, scale, color: BLACK, borderColor: undefined, borderWidth: 0, rotate: degrees(0) };
  if (!CORNER_PATH.test(path)) return drawSvgPath(path, options).join('\n');
  const frame = drawSvgPath('', options).map(String);
  const lines = frame.slice(0, -2);
  let [cx, cy, startX, startY] = ['0', '0', '0', '0'];
  for (const [, command, args] of path.matchAll(/([MHVZ])([^MHVZ]*)/g)) {
    if (command === 'Z') {
      // As pdf-lib's closepath: the current point returns to the contour's start.
      lines.push('h');
      [cx, cy] = [startX, startY];
      continue;
    }
    if (command === 'M') [cx, cy] = [startX, startY] = args!.split(' ') as [string, string];
    else if (command === 'H') cx = args!;
    else cy = args!;
    lines.push(`${cx} ${cy} ${command === 'M' ? 'm' : 'l'}`);
  }
  return [...lines, ...frame.slice(-2)].join('\n');
}
