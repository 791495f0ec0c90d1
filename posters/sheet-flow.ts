// Lays sheet items out top to bottom, starting a new page when the next item (or line) would run into
// the footer. Headings never sit alone at the foot of a page; checklist lines and notes never split.
import type { PDFPage } from 'pdf-lib';
import { baseline, BLACK, WHITE } from './draw-text.ts';
import type { Fonts } from './font.ts';
import { drawRichLine, wrapRuns, type RichLine, type Run } from './rich-text.ts';
import type { SheetItem } from './sheet-content.ts';
import { textWidth } from '../src/drawing/text-width.ts';

export interface SheetStyle {
  body: number;
  section: number;
  leading: number;
  /** Room for a list marker or tick box, and the indent per list level. */
  indent: number;
  factLabelWidth: number;
}

export interface FlowCursor {
  page: PDFPage;
  /** Distance of the next line's top from the page bottom, in PDF coordinates. */
  y: number;
}

export interface FlowFrame {
  x: number;
  width: number;
  /** Lowest y that content may reach (the footer's top). */
  bottom: number;
  /** Starts a page (drawing its header) and returns where its content begins. */
  newPage: () => FlowCursor;
}

export function flowItems(
  items: readonly SheetItem[],
  start: FlowCursor,
  frame: FlowFrame,
  fonts: Fonts,
  style: SheetStyle,
): void {
  let cursor = start;
  // Space above an item is dropped at the top of a page, where the header already gives room.
  let pageTop = true;
  const line = style.body * style.leading;
  const ensure = (height: number) => {
    if (cursor.y - height < frame.bottom) {
      cursor = frame.newPage();
      pageTop = true;
    }
  };
  const space = (height: number) => {
    if (!pageTop) cursor.y -= height;
  };
  const wrap = (runs: readonly Run[], width: number, size = style.body) => wrapRuns(runs, fonts, size, width);

  for (const item of items) {
    switch (item.kind) {
      case 'section': {
        const height = style.section * style.leading + 6;
        ensure(line + height + 2 * line);
        space(line);
        cursor.page.drawText(item.text, {
          x: frame.x,
          y: baseline(cursor.y, style.section, style.leading),
          size: style.section,
          font: fonts.bold,
          color: BLACK,
        });
        cursor.y -= style.section * style.leading + 2;
        cursor.page.drawRectangle({ x: frame.x, y: cursor.y, width: frame.width, height: 0.75, color: BLACK });
        cursor.y -= 4;
        break;
      }
      case 'subheading': {
        const lines = wrap(item.runs, frame.width, style.body * 1.1);
        ensure(line * 0.6 + lines.length * line * 1.1 + 2 * line);
        space(line * 0.6);
        drawLines(lines, frame.x, style.body * 1.1, true);
        break;
      }
      case 'text': {
        const indent = (item.depth ?? 0) > 1 ? ((item.depth ?? 0) - 1) * style.indent : 0;
        const hasMarker = item.marker !== undefined || item.checkbox === true;
        const textX = frame.x + indent + (hasMarker ? style.indent : 0);
        const lines = wrap(item.runs, frame.x + frame.width - textX);
        const gap = item.checkbox ? line * 0.45 : line * 0.3;
        // Checklist lines stay whole so a tick box is never parted from its document's details.
        ensure(gap + (item.checkbox ? lines.length : 1) * line);
        space(gap);
        if (item.checkbox) drawTickBox(cursor, frame.x + indent, style.body, style.leading);
        if (item.marker) {
          const width = textWidth(fonts.regular, item.marker, style.body);
          cursor.page.drawText(item.marker, {
            x: textX - width - style.body * 0.45,
            y: baseline(cursor.y, style.body, style.leading),
            size: style.body,
            font: fonts.regular,
            color: BLACK,
          });
        }
        drawLines(lines, textX, style.body, false);
        break;
      }
      case 'note': {
        const pad = style.body * 0.7;
        const lines = wrap(item.runs, frame.width - 2 * pad);
        const height = lines.length * line + 2 * pad;
        ensure(line * 0.6 + height);
        space(line * 0.6);
        cursor.page.drawRectangle({
          x: frame.x,
          y: cursor.y - height,
          width: frame.width,
          height,
          borderColor: BLACK,
          borderWidth: 1.5,
        });
        cursor.y -= pad;
        drawLines(lines, frame.x + pad, style.body, false);
        cursor.y -= pad;
        break;
      }
      case 'fact': {
        const lines = wrap([{ text: item.value }], frame.width - style.factLabelWidth);
        ensure(line * 0.3 + lines.length * line);
        space(line * 0.3);
        cursor.page.drawText(item.label, {
          x: frame.x,
          y: baseline(cursor.y, style.body, style.leading),
          size: style.body,
          font: fonts.bold,
          color: BLACK,
        });
        drawLines(lines, frame.x + style.factLabelWidth, style.body, false);
        break;
      }
    }
    pageTop = false;
  }

  function drawLines(lines: readonly RichLine[], x: number, size: number, bold: boolean): void {
    const height = size * style.leading;
    for (const richLine of lines) {
      ensure(height);
      const pieces = bold ? richLine.map((piece) => ({ ...piece, bold: true })) : richLine;
      drawRichLine(cursor.page, pieces, x, baseline(cursor.y, size, style.leading), fonts, size);
      cursor.y -= height;
    }
  }
}

/** An empty square to tick with a pen, sitting on the first line's baseline. */
function drawTickBox(cursor: FlowCursor, x: number, size: number, leading: number): void {
  const side = size * 0.95;
  const y = baseline(cursor.y, size, leading) - size * 0.12;
  cursor.page.drawRectangle({ x, y, width: side, height: side, color: WHITE, borderColor: BLACK, borderWidth: 1.2 });
}
