// Flows a sheet's items into pages: units (sheet-units.ts) fill each page from the top until the next
// one would run into the footer, and a heading moves to the next page with what follows it rather than
// end a page alone. Before adding a page it tries tighter styles (less space between items, smaller
// headings, never smaller body text) and keeps the roomiest style that needs the fewest pages.
import type { RichFonts } from './rich-text.ts';
import type { SheetItem } from './sheet-content.ts';
import { sheetUnits, type SheetMark, type SheetStyle, type SheetUnit } from './sheet-units.ts';

export type { SheetMark, SheetStyle } from './sheet-units.ts';

export interface FlowFrame {
  x: number;
  width: number;
  /** Lowest y that content may reach (the footer's top, with a gap). */
  bottom: number;
  /** Where the first line goes on page 1 (below its header) and on every later page. */
  firstTop: number;
  laterTop: number;
}

export interface FlowedSheet {
  /** The marks of each page, in painting order; page 1 first. */
  pages: SheetMark[][];
  /** The style the items were set in. */
  style: SheetStyle;
}

/**
 * The items set in the first of `styles` (roomiest first) that needs no more pages than the last
 * (tightest) one: a sheet that can fit on one page does, and a roomy sheet stays roomy.
 */
export function flowSheet(
  items: readonly SheetItem[],
  frame: FlowFrame,
  fonts: RichFonts,
  styles: readonly SheetStyle[],
): FlowedSheet {
  const flowed = styles.map((style) => ({ style, pages: flowItems(items, frame, fonts, style) }));
  const fewest = Math.min(...flowed.map((sheet) => sheet.pages.length));
  return flowed.find((sheet) => sheet.pages.length === fewest)!;
}

/** The marks of each page for one style. */
export function flowItems(
  items: readonly SheetItem[],
  frame: FlowFrame,
  fonts: RichFonts,
  style: SheetStyle,
): SheetMark[][] {
  return paginate(sheetUnits(items, frame, fonts, style), frame);
}

function paginate(units: readonly SheetUnit[], frame: FlowFrame): SheetMark[][] {
  const pages: SheetMark[][] = [[]];
  let y = frame.firstTop;
  let pageTop = true;
  units.forEach((unit, index) => {
    const needed = keptHeight(units, index) + (pageTop ? 0 : unit.before);
    // At the top of a page a unit always goes in: a taller page would not exist either.
    if (!pageTop && y - needed < frame.bottom) {
      pages.push([]);
      y = frame.laterTop;
      pageTop = true;
    }
    if (!pageTop) y -= unit.before;
    pages.at(-1)!.push(...unit.place(y));
    y -= unit.height;
    pageTop = false;
  });
  return pages;
}

/** Height of the unit and of every unit it keeps with: a heading with the first thing under it. */
function keptHeight(units: readonly SheetUnit[], index: number): number {
  let height = units[index]!.height;
  for (let next = index; units[next]!.keepWithNext && next + 1 < units.length; next++) {
    height += units[next + 1]!.before + units[next + 1]!.height;
  }
  return height;
}
