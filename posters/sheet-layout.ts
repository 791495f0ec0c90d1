// Where everything goes on a requirement sheet, as pure arithmetic: paper, the CONTOH flag and normal or
// large print in, rectangles and type sizes out. The first page's header is measured from its own words (a long title
// takes more lines), so it is laid out apart, from the texts and fonts. Drawing only paints these boxes.
import { fitText, lineBoxes, type Fitted } from '../src/drawing/fit-text.ts';
import type { TextFont } from '../src/drawing/text-width.ts';
import { wrapText } from '../src/drawing/wrap-text.ts';
import { fromTop, type Rect } from './geometry.ts';
import { mm, type Paper } from './paper.ts';
import { PRINT_SIZE_STEP } from './print-type.ts';
import type { SheetStyle } from './sheet-units.ts';

/** Distances in points (1/72 inch), designed on A4; those that follow the type are worked out from it. */
const M = {
  /** 17 mm left and right: well inside what every office printer reaches, with room to hold the sheet. */
  side: 48,
  /** 12 mm above the first line and below the footer, as wide a frame as the printer needs and no more. */
  top: 34,
  bottom: 34,
  /** The CONTOH band: one line of bold capitals, and the gap that keeps it apart from the header. */
  band: 24,
  bandGap: 12,
  /** Room between the last item and the footer's rule, so the two never touch. */
  footerGap: 8,
  /** The code to the live page, quiet zone included: 27 mm of modules, above the posters' 25 mm minimum. */
  qr: mm(34),
  /** Between the header text and the code. */
  gutter: 20,
  /** The printed address under the code may reach 18 pt past each side (an address is wider than a code), just short of the gutter. */
  qrLabelOverhang: 18,
  /** The address sits 2 pt under the code, in a box of two lines with 2 pt to spare. */
  qrLabelGap: 2,
  qrLabelSpare: 2,
  /** Items start at least this far under the address, so a short header does not pull them into it. */
  afterQrLabel: 4,
  /** Between the header and the first item; the 2 pt rule sits 4 pt under the header. */
  headerGap: 14,
  rule: 2,
  ruleAboveItems: 8,
  /** Later pages: one line naming the sheet, a thinner rule 6 pt under it, items 12 pt below that. */
  laterRuleGap: 6,
  laterRule: 1.5,
  laterItemsGap: 12,
  /** The footer's rule and the space between it and its first line. */
  footerRule: 0.75,
  footerPad: 4,
};

/** Normal print for the counter, or large print for elderly residents (every text a resident reads ≥ 16 pt). */
export type SheetPrint = 'normal' | 'large';

/** Type sizes in points; `min` is how far a text may shrink before it is cut with "…". */
export interface SheetType {
  kicker: { size: number; min: number; leading: number; gapAfter: number };
  /** The service's name: large, up to three lines before it shrinks. */
  title: { size: number; min: number; leading: number; lines: number; gapAfter: number };
  summary: { size: number; leading: number; gapAfter: number };
  /** "Terakhir diperiksa: …", one line. */
  checked: { size: number; min: number; leading: number };
  /** The later pages' header, naming the sheet in up to `lines` lines. */
  laterHeader: { size: number; min: number; leading: number; lines: number };
  /**
   * Footer lines: the complaint channels take `complaints.lines` of them and may shrink further, then
   * `info.lines` for the address, office and page number, then `check.lines` for the warning to check the
   * address.
   */
  footer: { size: number; min: number; leading: number };
  complaints: { min: number; lines: number };
  info: { lines: number };
  check: { lines: number };
  /** The code's printed address. */
  qrLabel: { size: number; min: number; leading: number };
}

export const SHEET_TYPES: Record<SheetPrint, SheetType> = {
  normal: {
    kicker: { size: 9.5, min: 7, leading: 1.25, gapAfter: 6 },
    title: { size: 22, min: 15, leading: 1.15, lines: 3, gapAfter: 6 },
    summary: { size: 11.5, leading: 1.3, gapAfter: 4 },
    checked: { size: 10, min: 8, leading: 1.3 },
    laterHeader: { size: 10.5, min: 8, leading: 4 / 3, lines: 1 },
    footer: { size: 8.5, min: 7, leading: 1.3 },
    complaints: { min: 6, lines: 2 },
    info: { lines: 1 },
    check: { lines: 1 },
    qrLabel: { size: 8.5, min: 7, leading: 1.3 },
  },
  // What a resident reads is 16 pt or more; the kicker, footer and printed address stay smaller, and the
  // footer takes more lines so that they need not shrink as far.
  large: {
    kicker: { size: 12, min: 9, leading: 1.25, gapAfter: 8 },
    title: { size: 30, min: 22, leading: 1.15, lines: 3, gapAfter: 8 },
    summary: { size: 16, leading: 1.3, gapAfter: 6 },
    checked: { size: 16, min: 16, leading: 1.3 },
    laterHeader: { size: 16, min: 12, leading: 4 / 3, lines: 2 },
    footer: { size: 10.5, min: 9, leading: 1.3 },
    complaints: { min: 8, lines: 3 },
    info: { lines: 2 },
    check: { lines: 2 },
    qrLabel: { size: 10, min: 8, leading: 1.3 },
  },
};

/**
 * How the items may be set, roomiest first; sheet-flow.ts takes the first that needs the fewest pages.
 * Body text never shrinks (11 pt read at arm's length, 16 pt in large print): only the space between
 * items, the leading (down to 1.2, single spacing) and the section headings do.
 */
export const SHEET_STYLES: Record<SheetPrint, readonly SheetStyle[]> = {
  normal: [
    { body: 11, section: 14, leading: 1.35, space: 1, sectionSpace: 1, indent: 20, factLabelWidth: 118 },
    { body: 11, section: 13, leading: 1.3, space: 0.75, sectionSpace: 0.85, indent: 20, factLabelWidth: 118 },
    { body: 11, section: 12.5, leading: 1.25, space: 0.55, sectionSpace: 0.75, indent: 20, factLabelWidth: 118 },
    { body: 11, section: 12, leading: 1.2, space: 0.4, sectionSpace: 0.7, indent: 20, factLabelWidth: 118 },
  ],
  large: [
    { body: 16, section: 20, leading: 1.35, space: 1, sectionSpace: 1, indent: 28, factLabelWidth: 172 },
    { body: 16, section: 18, leading: 1.25, space: 0.6, sectionSpace: 0.75, indent: 28, factLabelWidth: 172 },
  ],
};

export interface SheetLayout {
  paper: Paper;
  print: SheetPrint;
  type: SheetType;
  /** The CONTOH band, on every page while the site address is a placeholder. */
  contoh?: Rect;
  /** Where each page's own content starts (PDF y, measured up from the bottom). */
  top: number;
  /** Page 1: the code in the top right corner and its printed address. */
  qr: Rect;
  qrLabel: Rect;
  /** Page 1: the column left of the code for the kicker, title, summary and checked line. */
  headerColumn: { x: number; width: number };
  /** Page 1: the highest y items may start at, clear of the code's address. */
  belowQr: number;
  /** Later pages: the line naming the sheet, the rule under it, and where items start. */
  later: { header: Rect; rule: Rect; itemsTop: number };
  /** Items run between x and x + width, and down to `bottom`. */
  flow: { x: number; width: number; bottom: number };
  footer: {
    rule: Rect;
    /** Tops of the complaint lines. */
    complaintTops: number[];
    complaintWidth: number;
    /** The address, office and page number; below it the warning to check the address. */
    info: Rect;
    check: Rect;
  };
}

export function layoutSheet({
  paper,
  contoh,
  print = 'normal',
}: {
  paper: Paper;
  contoh: boolean;
  print?: SheetPrint;
}): SheetLayout {
  const type = SHEET_TYPES[print];
  const x = M.side;
  const width = paper.width - 2 * M.side;
  const top = paper.height - M.top - (contoh ? M.band + M.bandGap : 0);
  const qr = { x: M.side + width - M.qr, y: top - M.qr, width: M.qr, height: M.qr };
  const qrLabelHeight = 2 * type.qrLabel.size * type.qrLabel.leading + M.qrLabelSpare;
  const lineHeight = type.footer.size * type.footer.leading;
  const footerLines = type.complaints.lines + type.info.lines + type.check.lines;
  const footerTop = M.bottom + M.footerPad + footerLines * lineHeight;
  const rows = (index: number, count = 1) => ({
    x,
    y: footerTop - M.footerPad - (index + count) * lineHeight,
    width,
    height: count * lineHeight,
  });
  const laterLine = type.laterHeader.lines * type.laterHeader.size * type.laterHeader.leading;
  const complaintLines = Array.from({ length: type.complaints.lines }, (_, index) => index);
  return {
    paper,
    print,
    type,
    ...(contoh ? { contoh: fromTop(paper.height, x, M.top, width, M.band) } : {}),
    top,
    qr,
    qrLabel: {
      x: qr.x - M.qrLabelOverhang,
      y: qr.y - (M.qrLabelGap + qrLabelHeight),
      width: M.qr + 2 * M.qrLabelOverhang,
      height: qrLabelHeight,
    },
    headerColumn: { x, width: width - M.qr - M.gutter },
    belowQr: qr.y - (M.qrLabelGap + qrLabelHeight + M.afterQrLabel),
    later: {
      header: { x, y: top - laterLine, width, height: laterLine },
      rule: { x, y: top - laterLine - M.laterRuleGap, width, height: M.laterRule },
      itemsTop: top - laterLine - M.laterRuleGap - M.laterItemsGap,
    },
    flow: { x, width, bottom: footerTop + M.footerGap },
    footer: {
      rule: { x, y: footerTop - M.footerRule, width, height: M.footerRule },
      complaintTops: complaintLines.map((index) => footerTop - M.footerPad - index * lineHeight),
      complaintWidth: width,
      info: rows(type.complaints.lines, type.info.lines),
      check: rows(type.complaints.lines + type.info.lines, type.check.lines),
    },
  };
}

export interface SheetHeader {
  kicker: Rect;
  title: Fitted<string> & { box: Rect };
  summary: { lines: string[]; box: Rect };
  checked: Rect;
  /** The rule between the header and the items. */
  rule: Rect;
  /** Where the first item's first line starts. */
  itemsTop: number;
}

/** Page 1's header, stacked from the top of the column: each text takes the lines it needs. */
export function layoutSheetHeader(
  layout: SheetLayout,
  text: { title: string; summary: string },
  fonts: { regular: TextFont; bold: TextFont },
): SheetHeader {
  const { kicker, title, summary, checked } = layout.type;
  const { x, width } = layout.headerColumn;
  const column = (y: number, height: number) => ({ x, y: y - height, width, height });
  let y = layout.top;
  const kickerBox = column(y, kicker.size * kicker.leading);
  y -= kicker.size * kicker.leading + kicker.gapAfter;
  const fitted = fitText(text.title, {
    font: fonts.bold,
    maxSize: title.size,
    minSize: title.min,
    maxWidth: width,
    step: PRINT_SIZE_STEP,
    measure: lineBoxes(title.lines * title.size * title.leading, title.leading),
    ellipsis: true,
  });
  const titleBox = column(y, fitted.lines.length * fitted.size * title.leading);
  y -= titleBox.height + title.gapAfter;
  const summaryLines = wrapText(text.summary, fonts.regular, summary.size, width);
  const summaryBox = column(y, summaryLines.length * summary.size * summary.leading);
  y -= summaryBox.height + summary.gapAfter;
  const checkedHeight = checked.size * checked.leading;
  const checkedBox = column(y, checkedHeight);
  const itemsTop = Math.min(y - checkedHeight, layout.belowQr) - M.headerGap;
  return {
    kicker: kickerBox,
    title: { ...fitted, box: titleBox },
    summary: { lines: summaryLines, box: summaryBox },
    checked: checkedBox,
    rule: { x: layout.flow.x, y: itemsTop + M.ruleAboveItems, width: layout.flow.width, height: M.rule },
    itemsTop,
  };
}
