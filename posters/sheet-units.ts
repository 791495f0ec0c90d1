// Turns sheet items into units: pieces that never split across pages, each with its height, the space
// above it and the marks it paints. A checklist line, a note, a fact and a heading are one unit each; a
// long paragraph splits between lines, but never leaves one line alone at either end. Pure: the page
// breaks are sheet-flow.ts, the painting draw-marks.ts.
import { textWidth } from '../src/drawing/text-width.ts';
import { wrapText } from '../src/drawing/wrap-text.ts';
import type { Rect } from './geometry.ts';
import { baseline } from './print-type.ts';
import { wrapRuns, type RichFonts, type RichLine, type Run } from './rich-text.ts';
import type { SheetItem } from './sheet-content.ts';

/**
 * How the items are set: sizes in points; `space` scales the gaps between items and `sectionSpace` the
 * gap above a heading (1 is the roomiest), so sections stay apart when the items draw closer.
 */
export interface SheetStyle {
  body: number;
  section: number;
  leading: number;
  space: number;
  sectionSpace: number;
  /** Room for a list marker or tick box, and the indent per list level. */
  indent: number;
  factLabelWidth: number;
}

/** Shares of a body line (size × leading) above each kind of item, before `space` scales them. */
const SPACE = {
  /** A full empty line sets the sections apart. */
  beforeSection: 1,
  beforeBlock: 0.6,
  /** A little more than between paragraphs, so each tick box stands apart. */
  beforeCheckbox: 0.45,
  beforeText: 0.3,
};

/** In points, or as shares of the body size where they follow the type. */
const MARK = {
  /** The rule under a section heading: 2 pt below its line, 0.75 pt thick, 4 pt above the first item. */
  sectionRuleGap: 2,
  sectionRule: 0.75,
  afterSectionRule: 4,
  /** Subheadings (a case's title, a heading in the notes) are 15 % larger than body text and bold. */
  subheadingScale: 1.15,
  /** A list marker ends 0.45 em before the text. */
  markerGap: 0.45,
  /** A note's frame: padding 0.7 em inside a 1.5 pt border. */
  notePad: 0.7,
  noteBorder: 1.5,
  /** A tick box 0.95 em square, 0.12 em below the baseline, drawn with a 1.2 pt pen-like line. */
  tickBox: 0.95,
  tickBoxDrop: 0.12,
  tickBoxBorder: 1.2,
  /** A paragraph keeps at least this many lines together at the foot and at the head of a page. */
  keptLines: 2,
};

/** Something to paint: y values are baselines for text, rectangles are in PDF coordinates. */
export type SheetMark =
  | { kind: 'text'; text: string; x: number; y: number; size: number; bold: boolean }
  | { kind: 'line'; line: RichLine; x: number; y: number; size: number }
  | { kind: 'rule'; rect: Rect }
  | { kind: 'frame'; rect: Rect; border: number }
  | { kind: 'tickBox'; rect: Rect; border: number };

export interface SheetUnit {
  /** Space above the unit; dropped at the top of a page, where the header already gives room. */
  before: number;
  height: number;
  /** A heading: it goes to the next page with the unit after it rather than end a page alone. */
  keepWithNext: boolean;
  /** The unit's marks with its top edge at `top`. */
  place: (top: number) => SheetMark[];
}

export function sheetUnits(
  items: readonly SheetItem[],
  column: { x: number; width: number },
  fonts: RichFonts,
  style: SheetStyle,
): SheetUnit[] {
  const line = style.body * style.leading;
  const gap = (share: number) => share * line * style.space;
  const units: SheetUnit[] = [];
  const unit = (before: number, height: number, place: SheetUnit['place'], keepWithNext = false) =>
    units.push({ before, height, place, keepWithNext });
  /** Marks for wrapped lines set from `top` down. */
  const lineMarks = (wrapped: readonly RichLine[], x: number, top: number, size: number) =>
    wrapped.map((richLine, index): SheetMark => ({
      kind: 'line',
      line: richLine,
      x,
      y: baseline(top - index * size * style.leading, size, style.leading),
      size,
    }));
  const wrap = (runs: readonly Run[], width: number, size = style.body) => wrapRuns(runs, fonts, size, width);

  for (const item of items) {
    switch (item.kind) {
      case 'section': {
        const lines = wrapText(item.text, fonts.bold, style.section, column.width);
        const textHeight = lines.length * style.section * style.leading;
        const height = textHeight + MARK.sectionRuleGap + MARK.sectionRule + MARK.afterSectionRule;
        unit(
          SPACE.beforeSection * line * style.sectionSpace,
          height,
          (top) => [
            ...lines.map((text, index): SheetMark => {
              const y = baseline(top - index * style.section * style.leading, style.section, style.leading);
              return { kind: 'text', text, x: column.x, y, size: style.section, bold: true };
            }),
            {
              kind: 'rule',
              rect: {
                x: column.x,
                y: top - textHeight - MARK.sectionRuleGap - MARK.sectionRule,
                width: column.width,
                height: MARK.sectionRule,
              },
            },
          ],
          true,
        );
        break;
      }
      case 'subheading': {
        const size = style.body * MARK.subheadingScale;
        // Wrapped, and so measured, in the bold it is printed in.
        const bold = item.runs.map((run) => ({ ...run, bold: true }));
        const wrapped = wrap(bold, column.width, size);
        const height = wrapped.length * size * style.leading;
        // Spaced like a section: a case's title must stand apart from the previous case's documents.
        const before = SPACE.beforeBlock * line * style.sectionSpace;
        unit(before, height, (top) => lineMarks(wrapped, column.x, top, size), true);
        break;
      }
      case 'text': {
        const indent = (item.depth ?? 0) > 1 ? ((item.depth ?? 0) - 1) * style.indent : 0;
        const hasMarker = item.marker !== undefined || item.checkbox === true;
        const textX = column.x + indent + (hasMarker ? style.indent : 0);
        const wrapped = wrap(item.runs, column.x + column.width - textX);
        const first = (top: number): SheetMark[] => {
          const y = baseline(top, style.body, style.leading);
          if (item.checkbox) return [tickBox(column.x + indent, y, style.body)];
          if (!item.marker) return [];
          const x = textX - textWidth(fonts.regular, item.marker, style.body) - style.body * MARK.markerGap;
          return [{ kind: 'text', text: item.marker, x, y, size: style.body, bold: false }];
        };
        // Checklist lines stay whole, so a tick box is never parted from its document's details.
        const groups = item.checkbox ? [wrapped] : lineGroups(wrapped);
        groups.forEach((group, index) =>
          unit(
            index === 0 ? gap(item.checkbox ? SPACE.beforeCheckbox : SPACE.beforeText) : 0,
            group.length * line,
            (top) => [...(index === 0 ? first(top) : []), ...lineMarks(group, textX, top, style.body)],
          ),
        );
        break;
      }
      case 'note': {
        const pad = style.body * MARK.notePad;
        const wrapped = wrap(item.runs, column.width - 2 * pad);
        const height = wrapped.length * line + 2 * pad;
        unit(gap(SPACE.beforeBlock), height, (top) => [
          {
            kind: 'frame',
            rect: { x: column.x, y: top - height, width: column.width, height },
            border: MARK.noteBorder,
          },
          ...lineMarks(wrapped, column.x + pad, top - pad, style.body),
        ]);
        break;
      }
      case 'fact': {
        const wrapped = wrap([{ text: item.value }], column.width - style.factLabelWidth);
        unit(gap(SPACE.beforeText), wrapped.length * line, (top) => [
          {
            kind: 'text',
            text: item.label,
            x: column.x,
            y: baseline(top, style.body, style.leading),
            size: style.body,
            bold: true,
          },
          ...lineMarks(wrapped, column.x + style.factLabelWidth, top, style.body),
        ]);
        break;
      }
    }
  }
  return units;
}

/** A paragraph's lines in groups that may part: the first and last `keptLines` stay together. */
function lineGroups(lines: readonly RichLine[]): RichLine[][] {
  const kept = MARK.keptLines;
  if (lines.length < 2 * kept) return [[...lines]];
  const middle = lines.slice(kept, -kept).map((richLine) => [richLine]);
  return [lines.slice(0, kept), ...middle, lines.slice(-kept)];
}

/** An empty square to tick with a pen, sitting on the first line's baseline. */
function tickBox(x: number, lineBaseline: number, size: number): SheetMark {
  const side = size * MARK.tickBox;
  const rect = { x, y: lineBaseline - size * MARK.tickBoxDrop, width: side, height: side };
  return { kind: 'tickBox', rect, border: MARK.tickBoxBorder };
}
