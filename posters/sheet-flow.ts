// Lays sheet items out top to bottom as marks to paint, page by page, starting a new page when the next
// item (or line) would run into the footer. Headings never sit alone at the foot of a page; checklist
// lines and notes never split. Pure: no PDF here, draw-marks.ts paints the result.
import { textWidth } from '../src/drawing/text-width.ts';
import type { Rect } from './geometry.ts';
import { baseline } from './print-type.ts';
import { wrapRuns, type RichFonts, type RichLine, type Run } from './rich-text.ts';
import type { SheetItem } from './sheet-content.ts';

export interface SheetStyle {
  body: number;
  section: number;
  leading: number;
  /** Room for a list marker or tick box, and the indent per list level. */
  indent: number;
  factLabelWidth: number;
}

/** Shares of a body line (size × leading), for the space between items. */
const SPACE = {
  /** Above a section heading: a full empty line sets the sections apart. */
  beforeSection: 1,
  /** A section heading keeps at least two body lines after it on its page. */
  afterHeadingKept: 2,
  /** Above a subheading or a boxed note. */
  beforeBlock: 0.6,
  /** Above a checklist line: a little more than between paragraphs, so each tick box stands apart. */
  beforeCheckbox: 0.45,
  beforeText: 0.3,
};

/** In points, or as shares of the body size where they follow the type. */
const MARK = {
  /** The rule under a section heading: 2 pt below its line, 0.75 pt thick, 4 pt above the first item. */
  sectionRuleGap: 2,
  sectionRule: 0.75,
  afterSectionRule: 4,
  /** Reserved with the heading so the rule and its gaps never end a page alone. */
  sectionReserve: 6,
  /** Subheadings are 10 % larger than body text and bold. */
  subheadingScale: 1.1,
  /** A list marker ends 0.45 em before the text. */
  markerGap: 0.45,
  /** A note's frame: padding 0.7 em inside a 1.5 pt border. */
  notePad: 0.7,
  noteBorder: 1.5,
  /** A tick box 0.95 em square, 0.12 em below the baseline, drawn with a 1.2 pt pen-like line. */
  tickBox: 0.95,
  tickBoxDrop: 0.12,
  tickBoxBorder: 1.2,
};

/** Something to paint: y values are baselines for text, rectangles are in PDF coordinates. */
export type SheetMark =
  | { kind: 'text'; text: string; x: number; y: number; size: number; bold: boolean }
  | { kind: 'line'; line: RichLine; x: number; y: number; size: number }
  | { kind: 'rule'; rect: Rect }
  | { kind: 'frame'; rect: Rect; border: number }
  | { kind: 'tickBox'; rect: Rect; border: number };

export interface FlowFrame {
  x: number;
  width: number;
  /** Lowest y that content may reach (the footer's top, with a gap). */
  bottom: number;
  /** Where the first line goes on page 1 (below its header) and on every later page. */
  firstTop: number;
  laterTop: number;
}

/** The marks of each page, in painting order; page 1 first. */
export function flowItems(
  items: readonly SheetItem[],
  frame: FlowFrame,
  fonts: RichFonts,
  style: SheetStyle,
): SheetMark[][] {
  const pages: SheetMark[][] = [[]];
  let y = frame.firstTop;
  // Space above an item is dropped at the top of a page, where the header already gives room.
  let pageTop = true;
  const line = style.body * style.leading;
  const mark = (next: SheetMark) => pages.at(-1)!.push(next);
  const ensure = (height: number) => {
    if (y - height < frame.bottom) {
      pages.push([]);
      y = frame.laterTop;
      pageTop = true;
    }
  };
  const space = (height: number) => {
    if (!pageTop) y -= height;
  };
  const wrap = (runs: readonly Run[], width: number, size = style.body) => wrapRuns(runs, fonts, size, width);
  const lines = (wrapped: readonly RichLine[], x: number, size: number, bold: boolean) => {
    const height = size * style.leading;
    for (const richLine of wrapped) {
      ensure(height);
      const pieces = bold ? richLine.map((piece) => ({ ...piece, bold: true })) : richLine;
      mark({ kind: 'line', line: pieces, x, y: baseline(y, size, style.leading), size });
      y -= height;
    }
  };

  for (const item of items) {
    switch (item.kind) {
      case 'section': {
        const height = style.section * style.leading + MARK.sectionReserve;
        ensure(line * SPACE.beforeSection + height + SPACE.afterHeadingKept * line);
        space(line * SPACE.beforeSection);
        const y0 = baseline(y, style.section, style.leading);
        mark({ kind: 'text', text: item.text, x: frame.x, y: y0, size: style.section, bold: true });
        y -= style.section * style.leading + MARK.sectionRuleGap;
        mark({ kind: 'rule', rect: { x: frame.x, y, width: frame.width, height: MARK.sectionRule } });
        y -= MARK.afterSectionRule;
        break;
      }
      case 'subheading': {
        const size = style.body * MARK.subheadingScale;
        const wrapped = wrap(item.runs, frame.width, size);
        ensure(line * SPACE.beforeBlock + wrapped.length * line * MARK.subheadingScale + SPACE.afterHeadingKept * line);
        space(line * SPACE.beforeBlock);
        lines(wrapped, frame.x, size, true);
        break;
      }
      case 'text': {
        const indent = (item.depth ?? 0) > 1 ? ((item.depth ?? 0) - 1) * style.indent : 0;
        const hasMarker = item.marker !== undefined || item.checkbox === true;
        const textX = frame.x + indent + (hasMarker ? style.indent : 0);
        const wrapped = wrap(item.runs, frame.x + frame.width - textX);
        const gap = item.checkbox ? line * SPACE.beforeCheckbox : line * SPACE.beforeText;
        // Checklist lines stay whole so a tick box is never parted from its document's details.
        ensure(gap + (item.checkbox ? wrapped.length : 1) * line);
        space(gap);
        if (item.checkbox) mark(tickBox(frame.x + indent, baseline(y, style.body, style.leading), style.body));
        if (item.marker) {
          const width = textWidth(fonts.regular, item.marker, style.body);
          const x = textX - width - style.body * MARK.markerGap;
          const y0 = baseline(y, style.body, style.leading);
          mark({ kind: 'text', text: item.marker, x, y: y0, size: style.body, bold: false });
        }
        lines(wrapped, textX, style.body, false);
        break;
      }
      case 'note': {
        const pad = style.body * MARK.notePad;
        const wrapped = wrap(item.runs, frame.width - 2 * pad);
        const height = wrapped.length * line + 2 * pad;
        ensure(line * SPACE.beforeBlock + height);
        space(line * SPACE.beforeBlock);
        const rect = { x: frame.x, y: y - height, width: frame.width, height };
        mark({ kind: 'frame', rect, border: MARK.noteBorder });
        y -= pad;
        lines(wrapped, frame.x + pad, style.body, false);
        y -= pad;
        break;
      }
      case 'fact': {
        const wrapped = wrap([{ text: item.value }], frame.width - style.factLabelWidth);
        ensure(line * SPACE.beforeText + wrapped.length * line);
        space(line * SPACE.beforeText);
        const y0 = baseline(y, style.body, style.leading);
        mark({ kind: 'text', text: item.label, x: frame.x, y: y0, size: style.body, bold: true });
        lines(wrapped, frame.x + style.factLabelWidth, style.body, false);
        break;
      }
    }
    pageTop = false;
  }
  return pages;
}

/** An empty square to tick with a pen, sitting on the first line's baseline. */
function tickBox(x: number, lineBaseline: number, size: number): SheetMark {
  const side = size * MARK.tickBox;
  const rect = { x, y: lineBaseline - size * MARK.tickBoxDrop, width: side, height: side };
  return { kind: 'tickBox', rect, border: MARK.tickBoxBorder };
}
