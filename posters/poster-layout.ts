// Where everything goes on a village poster, as pure arithmetic: paper size and number of services in,
// rectangles out. Sizes are designed on A4 and scaled with the paper width (A3 gets bigger type and
// codes; F4's extra height goes to the grid of service codes).
import { fromTop, type Rect } from './geometry.ts';
import { mm, PAPERS, type Paper } from './paper.ts';
import { chooseGrid, type Grid } from './poster-grid.ts';

/** Type sizes in points; each text element gets a fixed number of lines of room. */
export interface PosterType {
  kicker: number;
  title: number;
  heroCaption: number;
  heroBody: number;
  heroUrl: number;
  section: number;
  cellTitle: number;
  cellUrl: number;
  footer: number;
  /** Line height as a multiple of the type size. */
  leading: number;
}

export interface ServiceCell {
  /** Position of the service in the list given to the layout. */
  index: number;
  title: Rect;
  /** The code including its white quiet zone. */
  qr: Rect;
  url: Rect;
}

export interface PosterPage {
  /** The "CONTOH" band, only while the site address is a placeholder. */
  contoh?: Rect;
  header: Rect;
  /** Page 1 only: the large code to the village page. */
  hero?: { qr: Rect; url: Rect; text: Rect };
  section?: Rect;
  cells: ServiceCell[];
  footer: Rect;
}

export interface PosterLayout {
  paper: Paper;
  type: PosterType;
  grid: Grid;
  pages: PosterPage[];
}

export interface PosterLayoutInput {
  paper: Paper;
  services: number;
  contoh: boolean;
}

/** Design units on A4, in points, before scaling. */
const A4 = {
  side: 42,
  top: 32,
  bottom: 30,
  band: 26,
  bandGap: 10,
  header: 82,
  headerGap: 16,
  heroQr: mm(62),
  heroGap: 22,
  heroAfter: 16,
  section: 22,
  sectionGap: 8,
  footer: 40,
  footerGap: 12,
  cellGap: 2,
  rowGap: 18,
  columnGap: 14,
  maxServiceQr: mm(45),
  minCellWidth: 105,
};

/** Lines of room for each wrapped text; longer text is shrunk to fit (see fitText). */
const LINES = { heroUrl: 2, cellTitle: 3, cellUrl: 2 };

const TYPE_A4: PosterType = {
  kicker: 11,
  title: 30,
  heroCaption: 22,
  heroBody: 11.5,
  heroUrl: 11,
  section: 13,
  cellTitle: 10,
  cellUrl: 8.5,
  footer: 8.5,
  leading: 1.25,
};

export function layoutPoster({ paper, services, contoh }: PosterLayoutInput): PosterLayout {
  const s = paper.width / PAPERS.a4.width;
  const u = Object.fromEntries(Object.entries(A4).map(([key, value]) => [key, value * s])) as typeof A4;
  const type = Object.fromEntries(
    Object.entries(TYPE_A4).map(([key, value]) => [key, key === 'leading' ? value : value * s]),
  ) as PosterType;
  const line = (size: number) => size * type.leading;
  const x = u.side;
  const width = paper.width - 2 * u.side;
  const at = (top: number, height: number, left = x, w = width) => fromTop(paper.height, left, top, w, height);

  const heroUrlHeight = LINES.heroUrl * line(type.heroUrl) + u.cellGap * 2;
  const heroHeight = u.heroQr + heroUrlHeight;
  const frameTop = u.top + (contoh ? u.band + u.bandGap : 0);
  const gridTop = (first: boolean) =>
    frameTop + u.header + u.headerGap + (first ? heroHeight + u.heroAfter : 0) + u.section + u.sectionGap;
  const gridBottom = paper.height - u.bottom - u.footer - u.footerGap;

  const titleHeight = LINES.cellTitle * line(type.cellTitle);
  const urlHeight = LINES.cellUrl * line(type.cellUrl);
  const grid = chooseGrid({
    count: services,
    width,
    firstHeight: gridBottom - gridTop(true),
    laterHeight: gridBottom - gridTop(false),
    textHeight: titleHeight + urlHeight + 2 * u.cellGap,
    columnGap: u.columnGap,
    rowGap: u.rowGap,
    minCellWidth: u.minCellWidth,
    maxQr: u.maxServiceQr,
  });

  const pages: PosterPage[] = [];
  let next = 0;
  do {
    const first = pages.length === 0;
    const page: PosterPage = {
      header: at(frameTop, u.header),
      cells: [],
      footer: at(paper.height - u.bottom - u.footer, u.footer),
    };
    if (contoh) page.contoh = at(u.top, u.band);
    if (first) {
      const top = frameTop + u.header + u.headerGap;
      page.hero = {
        qr: at(top, u.heroQr, x, u.heroQr),
        url: at(top + u.heroQr + u.cellGap, heroUrlHeight - u.cellGap, x, u.heroQr),
        text: at(top, heroHeight, x + u.heroQr + u.heroGap, width - u.heroQr - u.heroGap),
      };
    }
    const rows = first ? grid.firstRows : grid.laterRows;
    const count = Math.min(services - next, rows * grid.columns);
    if (count > 0) page.section = at(gridTop(first) - u.section - u.sectionGap, u.section);
    const { offset, pitch } = rowRhythm(
      gridBottom - gridTop(first),
      first ? grid.firstRows : grid.laterRows,
      count,
      grid,
      u.rowGap,
    );
    for (let i = 0; i < count; i++) {
      const column = i % grid.columns;
      const rowTop = gridTop(first) + offset + Math.floor(i / grid.columns) * pitch;
      const left = x + column * (grid.cellWidth + u.columnGap);
      page.cells.push({
        index: next + i,
        title: at(rowTop, titleHeight, left, grid.cellWidth),
        qr: at(rowTop + titleHeight + u.cellGap, grid.qrSize, left + (grid.cellWidth - grid.qrSize) / 2, grid.qrSize),
        url: at(rowTop + titleHeight + grid.qrSize + 2 * u.cellGap, urlHeight, left, grid.cellWidth),
      });
    }
    next += count;
    pages.push(page);
  } while (next < services);
  return { paper, type, grid, pages };
}

/**
 * Spreads a page's spare height between its rows, so a page never ends in a band of empty paper. A
 * one-page poster centres the rows it uses; on longer posters every page keeps the rhythm of a full page.
 */
function rowRhythm(
  height: number,
  rows: number,
  count: number,
  grid: Grid,
  rowGap: number,
): { offset: number; pitch: number } {
  const used = grid.pages === 1 ? Math.ceil(count / grid.columns) : rows;
  const spare = height - used * grid.cellHeight - (used - 1) * rowGap;
  if (grid.pages === 1) return { offset: spare / 2, pitch: grid.cellHeight + rowGap };
  return { offset: spare / used / 2, pitch: grid.cellHeight + rowGap + spare / used };
}
