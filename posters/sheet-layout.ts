// Where everything goes on a requirement sheet, as pure arithmetic: paper and the CONTOH flag in,
// rectangles and type sizes out. The first page's header is measured from its own words (a long title
// takes more lines), so it is laid out apart, from the texts and fonts. Drawing only paints these boxes.
import { fitText, lineBoxes, type Fitted } from '../src/drawing/fit-text.ts';
import type { TextFont } from '../src/drawing/text-width.ts';
import { wrapText } from '../src/drawing/wrap-text.ts';
import { fromTop, type Rect } from './geometry.ts';
import { mm, type Paper } from './paper.ts';
import { PRINT_SIZE_STEP } from './print-type.ts';
import type { SheetStyle } from './sheet-flow.ts';

/** Distances in points (1/72 inch), designed on A4. */
const M = {
  /** 17 mm left and right: well inside what every office printer reaches, with room to hold the sheet. */
  side: 48,
  /** 12 mm above the first line and below the footer, as wide a frame as the printer needs and no more. */
  top: 34,
  bottom: 34,
  /** The CONTOH band: one line of bold capitals, and the gap that keeps it apart from the header. */
  band: 24,
  bandGap: 12,
  /** The footer's four lines of 8.5 pt, the 4 pt under its rule included. */
  footer: 50,
  /** Room between the last item and the footer's rule, so the two never touch. */
  footerGap: 8,
  /** The code to the live page, quiet zone included: 27 mm of modules, above the posters' 25 mm minimum. */
  qr: mm(34),
  /** Between the header text and the code. */
  gutter: 20,
  /** The printed address under the code may reach 10 pt past each side: an address is wider than a code. */
  qrLabelOverhang: 10,
  /** The address sits 2 pt under the code, in a box of two 8.5 pt lines. */
  qrLabelGap: 2,
  qrLabelHeight: 24,
  /** Items start at least this far under the address, so a short header does not pull them into it. */
  afterQrLabel: 4,
  /** Between the header and the first item; the 2 pt rule sits 4 pt under the header. */
  headerGap: 14,
  rule: 2,
  ruleAboveItems: 8,
  /** Later pages: one 14 pt line naming the sheet, a thinner rule 6 pt under it, items 12 pt below that. */
  laterHeader: 14,
  laterRuleAt: 20,
  laterRule: 1.5,
  laterItemsAt: 32,
  /** The footer's rule and the space between it and the first footer line. */
  footerRule: 0.75,
  footerPad: 4,
};

/** Type sizes in points; `min` is how far a text may shrink before it is cut with "…". */
export const SHEET_TYPE = {
  kicker: { size: 9.5, min: 7, leading: 1.25, gapAfter: 6 },
  /** The service's name: large, up to three lines before it shrinks. */
  title: { size: 22, min: 15, leading: 1.15, lines: 3, gapAfter: 6 },
  summary: { size: 11.5, leading: 1.3, gapAfter: 4 },
  /** "Terakhir diperiksa: …", one line of 10 pt at leading 1.3. */
  checked: { size: 10, min: 8, leading: 1.3, height: 13 },
  /** The later pages' header fills its line box exactly. */
  laterHeader: { size: 10.5, min: 8, leading: M.laterHeader / 10.5 },
  /** Footer lines; the complaint channels take two of them and may shrink further, to 6 pt. */
  footer: { size: 8.5, min: 7, leading: 1.3 },
  complaints: { min: 6, lines: 2 },
  /** The code's printed address. */
  qrLabel: { size: 8.5, min: 7, leading: 1.3 },
} as const;

/** The items (sections, checklists, steps): 11 pt body text read at arm's length, with generous leading. */
export const SHEET_FLOW_STYLE: SheetStyle = { body: 11, section: 14, leading: 1.35, indent: 20, factLabelWidth: 118 };

export interface SheetLayout {
  paper: Paper;
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
    /** Tops of the two complaint lines. */
    complaintTops: number[];
    complaintWidth: number;
    /** The address, office and page number; below it the warning to check the address. */
    info: Rect;
    check: Rect;
  };
}

export function layoutSheet({ paper, contoh }: { paper: Paper; contoh: boolean }): SheetLayout {
  const x = M.side;
  const width = paper.width - 2 * M.side;
  const top = paper.height - M.top - (contoh ? M.band + M.bandGap : 0);
  const qr = { x: M.side + width - M.qr, y: top - M.qr, width: M.qr, height: M.qr };
  const footerTop = M.bottom + M.footer;
  const lineHeight = SHEET_TYPE.footer.size * SHEET_TYPE.footer.leading;
  const row = (index: number) => ({
    x,
    y: footerTop - M.footerPad - (index + 1) * lineHeight,
    width,
    height: lineHeight,
  });
  return {
    paper,
    ...(contoh ? { contoh: fromTop(paper.height, x, M.top, width, M.band) } : {}),
    top,
    qr,
    qrLabel: {
      x: qr.x - M.qrLabelOverhang,
      y: qr.y - (M.qrLabelGap + M.qrLabelHeight),
      width: M.qr + 2 * M.qrLabelOverhang,
      height: M.qrLabelHeight,
    },
    headerColumn: { x, width: width - M.qr - M.gutter },
    belowQr: qr.y - (M.qrLabelGap + M.qrLabelHeight + M.afterQrLabel),
    later: {
      header: { x, y: top - M.laterHeader, width, height: M.laterHeader },
      rule: { x, y: top - M.laterRuleAt, width, height: M.laterRule },
      itemsTop: top - M.laterItemsAt,
    },
    flow: { x, width, bottom: footerTop + M.footerGap },
    footer: {
      rule: { x, y: footerTop - M.footerRule, width, height: M.footerRule },
      complaintTops: [0, 1].map((index) => footerTop - M.footerPad - index * lineHeight),
      complaintWidth: width,
      info: row(2),
      check: row(3),
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
  const { kicker, title, summary, checked } = SHEET_TYPE;
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
  const checkedBox = column(y, checked.height);
  const itemsTop = Math.min(y - checked.height, layout.belowQr) - M.headerGap;
  return {
    kicker: kickerBox,
    title: { ...fitted, box: titleBox },
    summary: { lines: summaryLines, box: summaryBox },
    checked: checkedBox,
    rule: { x: layout.flow.x, y: itemsTop + M.ruleAboveItems, width: layout.flow.width, height: M.rule },
    itemsTop,
  };
}
