// Where everything goes on a service-fair poster, as pure arithmetic: paper and the CONTOH flag in,
// rectangles and type sizes out. Designed on A4 (the only size printed), top to bottom: band, kicker,
// title, rule, when and where, then who comes and which services beside a large code, and the footer.
import { fromTop, type Rect } from './geometry.ts';
import { mm, type Paper } from './paper.ts';
import type { PosterType } from './poster-layout.ts';

/** Distances in points (1/72 inch), measured down from the top of the page. */
const M = {
  /** 15 mm sides, 11 mm above and under: the village poster's frame, so the two look alike side by side. */
  side: 42,
  top: 32,
  bottom: 30,
  /** The CONTOH band and the gap under it. */
  band: 26,
  bandGap: 10,
  /** The event's name gets two lines before it shrinks, then 6 pt before a 3 pt rule and 13 pt after. */
  titleLines: 2,
  afterTitle: 6,
  rule: 3,
  afterRule: 13,
  /** When (bold, up to two lines) and where (up to two lines), 4 pt apart, then 14 pt to the body. */
  whenLines: 2,
  whereLines: 2,
  whereGap: 4,
  afterWhenWhere: 14,
  /** The code to the event page, quiet zone included: close to the village poster's 62 mm, leaving the
   * list beside it about two thirds of the width; far above the 25 mm minimum. */
  qr: mm(58),
  /** Between the list and the code. */
  gutter: 18,
  /** Two lines of "Pindai …" above the code, 4 pt to the code, the address 4 pt under it in two lines. */
  scanLines: 2,
  qrGap: 4,
  urlGap: 4,
  urlLines: 2,
  /** The footer (three lines of 8.5 pt under a rule) and the space kept above it. */
  footer: 40,
  footerGap: 12,
};

/** Type sizes in points; the footer shares the village poster's style, hence the PosterType shape. */
const TYPE: PosterType = {
  kicker: 11,
  title: 28,
  heroCaption: 18,
  heroBody: 12,
  heroUrl: 11,
  section: 14,
  cellTitle: 10,
  cellUrl: 8.5,
  footer: 8.5,
  leading: 1.25,
};

/** How far each text may shrink before it is cut with "…"; the event's name stays a headline. */
export const EVENT_MIN_SIZE = { kicker: 8, title: 18, scanCaption: 9, url: TYPE.heroUrl * 0.7 };

/** Space above blocks in the list: the place under the time, each list item, each later heading. */
export const EVENT_GAPS = { where: M.whereGap, item: 2, heading: 12 };

export interface EventPosterLayout {
  paper: Paper;
  type: PosterType;
  /** The "CONTOH" band, only while the site address is a placeholder. */
  contoh?: Rect;
  kicker: Rect;
  title: Rect;
  rule: Rect;
  whenWhere: Rect;
  /** Left column: the agencies that come and the services offered. */
  body: Rect;
  /** Right column: what the code is for, the code, its printed address. */
  scanCaption: Rect;
  qr: Rect;
  url: Rect;
  footer: Rect;
}

export function layoutEventPoster({ paper, contoh }: { paper: Paper; contoh: boolean }): EventPosterLayout {
  const width = paper.width - 2 * M.side;
  const at = (top: number, height: number, left = M.side, w = width) => fromTop(paper.height, left, top, w, height);
  const line = (size: number) => size * TYPE.leading;

  let cursor = M.top;
  const band = contoh ? at(cursor, M.band) : undefined;
  if (contoh) cursor += M.band + M.bandGap;
  const kicker = at(cursor, line(TYPE.kicker));
  cursor += line(TYPE.kicker);
  const title = at(cursor, M.titleLines * line(TYPE.title));
  cursor += M.titleLines * line(TYPE.title) + M.afterTitle;
  const rule = at(cursor, M.rule);
  cursor += M.rule + M.afterRule;
  const whenHeight = M.whenLines * line(TYPE.heroCaption) + M.whereLines * line(TYPE.section) + M.whereGap;
  const whenWhere = at(cursor, whenHeight);
  cursor += whenHeight + M.afterWhenWhere;

  const footerTop = paper.height - M.bottom - M.footer;
  const qrLeft = M.side + width - M.qr;
  const scanHeight = M.scanLines * line(TYPE.heroBody);
  const belowCaption = cursor + scanHeight;
  return {
    paper,
    type: TYPE,
    ...(band ? { contoh: band } : {}),
    kicker,
    title,
    rule,
    whenWhere,
    body: at(cursor, footerTop - M.footerGap - cursor, M.side, width - M.qr - M.gutter),
    scanCaption: at(cursor, scanHeight, qrLeft, M.qr),
    qr: at(belowCaption + M.qrGap, M.qr, qrLeft, M.qr),
    url: at(belowCaption + (M.qrGap + M.urlGap) + M.qr, M.urlLines * line(TYPE.heroUrl), qrLeft, M.qr),
    footer: at(footerTop, M.footer),
  };
}
