// Draws one QR code as vector art, makes it a clickable link in the PDF, and prints its address under it
// for people who type rather than scan.
import { degrees, drawSvgPath, PDFString, type PDFDocument, type PDFOperator, type PDFPage } from 'pdf-lib';
import { printableUrl } from '../src/lib/urls.ts';
import { BLACK, drawFitted, WHITE, type FittedStyle } from './draw-text.ts';
import type { Rect } from './geometry.ts';
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
export function drawQr(doc: PDFDocument, page: PDFPage, url: string, box: Rect, label?: QrLabel): DrawnQr {
  const symbol = encodeQr(url);
  const moduleSize = box.width / sideWithQuietZone(symbol.matrix);
  // The quiet zone is painted white so a code stays readable even if a background is ever added.
  page.drawRectangle({ x: box.x, y: box.y, width: box.width, height: box.width, color: WHITE });
  page.pushOperators(...qrOperators(qrPath(symbol.matrix), box.x, box.y + box.width, moduleSize));
  addLink(doc, page, url, box);
  if (label) drawFitted(page, printableUrl(url), label.box, { align: 'center', ...label });
  return { url, version: symbol.version };
}

// The operators page.drawSvgPath would write, made once per code and place: every village poster draws
// each service's code in the same cell, and parsing the path again for each was most of a poster's time.
// Operators are plain values, so one list can go into any number of pages and documents.
const operators = new Map<string, PDFOperator[]>();

function qrOperators(path: string, x: number, y: number, scale: number): PDFOperator[] {
  const key = `${x} ${y} ${scale} ${path}`;
  let list = operators.get(key);
  if (!list) {
    list = drawSvgPath(path, { x, y, scale, color: BLACK, borderColor: undefined, borderWidth: 0, rotate: degrees(0) });
    operators.set(key, list);
  }
  return list;
}

/** A URI link annotation over the code, so the PDF on a screen opens the page when the code is clicked. */
function addLink(doc: PDFDocument, page: PDFPage, url: string, box: Rect): void {
  const annotation = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [box.x, box.y, box.x + box.width, box.y + box.width],
    Border: [0, 0, 0],
    A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
  });
  page.node.addAnnot(doc.context.register(annotation));
}
