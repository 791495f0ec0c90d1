// Draws wrapped lines of text inside a box on a PDF page. Everything is black: posters go through
// office laser printers and photocopiers.
import { PDFPage, rgb, type PDFFont } from 'pdf-lib';
import { drawTextOnPage } from './page-text.ts';
import { top, type Rect } from './geometry.ts';
import type { TextSurface } from './surface.ts';
import { baseline, PRINT_SIZE_STEP } from './print-type.ts';
import { fitText, lineBoxes } from '../src/drawing/fit-text.ts';
import { textWidth } from '../src/drawing/text-width.ts';

export const BLACK = rgb(0, 0, 0);
export const WHITE = rgb(1, 1, 1);

export interface LineStyle {
  font: PDFFont;
  size: number;
  /** Line height as a multiple of size. */
  leading: number;
  align?: 'left' | 'center' | 'right';
  /** Where a block with fewer lines than the box holds sits. */
  valign?: 'top' | 'bottom';
  color?: ReturnType<typeof rgb>;
}

export function drawLines(surface: TextSurface, lines: readonly string[], box: Rect, style: LineStyle): void {
  const { font, size, leading, align = 'left', valign = 'top', color = BLACK } = style;
  const lineHeight = size * leading;
  const blockTop = valign === 'top' ? top(box) : box.y + lines.length * lineHeight;
  lines.forEach((line, i) => {
    const width = textWidth(font, line, size);
    const x =
      align === 'left' ? box.x : align === 'center' ? box.x + (box.width - width) / 2 : box.x + box.width - width;
    const options = { x, y: baseline(blockTop - i * lineHeight, size, leading), size, font, color };
    // A page through drawTextOnPage: one font resource per page instead of one per call.
    if (surface instanceof PDFPage) drawTextOnPage(surface, line, options);
    else surface.drawText(line, options);
  });
}

export interface FittedStyle extends LineStyle {
  /** Smallest size to shrink to before cutting the text short with "…". */
  minSize: number;
}

/** Wraps and, if needed, shrinks `text` to fit in `box`: smaller type may take more lines. */
export function drawFitted(surface: TextSurface, text: string, box: Rect, style: FittedStyle): void {
  const fitted = fitText(text, {
    font: style.font,
    maxSize: style.size,
    minSize: style.minSize,
    maxWidth: box.width,
    step: PRINT_SIZE_STEP,
    measure: lineBoxes(box.height, style.leading),
    ellipsis: true,
  });
  drawLines(surface, fitted.lines, box, { ...style, size: fitted.size });
}
