// What the drawing functions draw on: a PDF page, or a form XObject being recorded (form-canvas.ts). The
// text, rectangle and code drawing is written once, against these interfaces.
import {
  drawObject,
  PDFString,
  type Color,
  type PDFDict,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { Rect } from './geometry.ts';
import { drawTextOnPage } from './page-text.ts';

export interface TextOptions {
  x: number;
  y: number;
  size: number;
  font: PDFFont;
  color: Color;
}

export interface RectangleOptions extends Rect {
  color: Color;
}

/** Text only; a PDFPage is one as it is. */
export interface TextSurface {
  drawText(text: string, options: TextOptions): void;
}

/** Text and filled rectangles; a PDFPage is one as it is. */
export interface ShapeSurface extends TextSurface {
  drawRectangle(options: RectangleOptions): void;
}

/**
 * A form XObject's compressed content, the box it draws in (in its own space) and, if that is not the
 * page's, the matrix placing it on the page.
 */
export interface FormContent {
  compressed: Uint8Array;
  bbox: Rect;
  matrix?: readonly [number, number, number, number, number, number];
}

/** Everything a QR code with its quiet zone, link and printed address needs. */
export interface QrSurface extends ShapeSurface {
  drawForm(form: FormContent): void;
  /** A URI link annotation over `box`, so the PDF on a screen opens `url` when the code is clicked. */
  addLink(url: string, box: Rect): void;
}

/** A form XObject stream for compressed content, with its own resources if it has any. */
export function formStream(doc: PDFDocument, { compressed, bbox, matrix }: FormContent, resources?: PDFDict) {
  return doc.context.stream(compressed, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [bbox.x, bbox.y, bbox.x + bbox.width, bbox.y + bbox.height],
    ...(matrix ? { Matrix: [...matrix] } : {}),
    ...(resources ? { Resources: resources } : {}),
    Filter: 'FlateDecode',
  });
}

/** Draws a registered form XObject on the page. */
export function drawFormOnPage(page: PDFPage, tag: string, form: PDFRef): void {
  page.pushOperators(drawObject(page.node.newXObject(tag, form)));
}

export function addLinkToPage(doc: PDFDocument, page: PDFPage, url: string, box: Rect): void {
  const annotation = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [box.x, box.y, box.x + box.width, box.y + box.width],
    Border: [0, 0, 0],
    A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
  });
  page.node.addAnnot(doc.context.register(annotation));
}

/** A page as a QrSurface: text as drawTextOnPage writes it, rectangles as pdf-lib draws them, codes as forms, links as annotations. */
export function pageSurface(doc: PDFDocument, page: PDFPage): QrSurface {
  return {
    drawText: (text, options) => drawTextOnPage(page, text, options),
    drawRectangle: (options) => page.drawRectangle(options),
    drawForm: (form) => drawFormOnPage(page, 'QR', doc.context.register(formStream(doc, form))),
    addLink: (url, box) => addLinkToPage(doc, page, url, box),
  };
}
