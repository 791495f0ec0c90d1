// Paints laid-out marks (sheet-flow.ts) and styled lines on a PDF page, in the order given. Black on
// white, like everything printed.
import type { PDFPage } from 'pdf-lib';
import { textWidth } from '../src/drawing/text-width.ts';
import { BLACK, WHITE } from './draw-text.ts';
import type { Fonts } from './font.ts';
import { drawTextOnPage } from './page-text.ts';
import type { RichLine } from './rich-text.ts';
import type { SheetMark } from './sheet-flow.ts';

export function drawMarks(page: PDFPage, marks: readonly SheetMark[], fonts: Fonts): void {
  for (const mark of marks) {
    switch (mark.kind) {
      case 'text': {
        const font = mark.bold ? fonts.bold : fonts.regular;
        drawTextOnPage(page, mark.text, { x: mark.x, y: mark.y, size: mark.size, font, color: BLACK });
        break;
      }
      case 'line':
        drawRichLine(page, mark.line, mark.x, mark.y, fonts, mark.size);
        break;
      case 'rule':
        page.drawRectangle({ ...mark.rect, color: BLACK });
        break;
      case 'frame':
        page.drawRectangle({ ...mark.rect, borderColor: BLACK, borderWidth: mark.border });
        break;
      case 'tickBox':
        page.drawRectangle({ ...mark.rect, color: WHITE, borderColor: BLACK, borderWidth: mark.border });
        break;
    }
  }
}

/** Draws one wrapped line with its left end at x and its baseline at y. */
export function drawRichLine(page: PDFPage, line: RichLine, x: number, y: number, fonts: Fonts, size: number): void {
  let cursor = x;
  for (const piece of line) {
    const font = piece.bold ? fonts.bold : fonts.regular;
    drawTextOnPage(page, piece.text, { x: cursor, y, size, font, color: BLACK });
    cursor += textWidth(font, piece.text, size);
  }
}
