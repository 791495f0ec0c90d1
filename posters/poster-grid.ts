// Chooses the grid of service codes: how many columns and how large each code is, so that the codes
// stay scannable (never below the minimum size) and the poster needs as few pages as possible.
import { mm } from './paper.ts';

/**
 * The smallest service code we print: 25 mm of dark modules, which an ordinary phone reads from about
 * 25 cm. Codes are planned as version 4 (33 modules) plus a 4-module quiet zone on each side.
 */
export const MIN_SYMBOL = mm(25);
const MIN_SERVICE_QR = (MIN_SYMBOL * (33 + 8)) / 33;

export interface GridInput {
  count: number;
  width: number;
  /** Height available for rows on page 1 (below the large village code) and on later pages. */
  firstHeight: number;
  laterHeight: number;
  /** Height of the title above and the URL under each code. */
  textHeight: number;
  columnGap: number;
  rowGap: number;
  minCellWidth: number;
  maxQr: number;
}

export interface Grid {
  columns: number;
  cellWidth: number;
  cellHeight: number;
  /** Side of each service code, quiet zone included. */
  qrSize: number;
  firstRows: number;
  laterRows: number;
  pages: number;
}

export function chooseGrid(input: GridInput): Grid {
  const { count, width, firstHeight, laterHeight, textHeight, columnGap, rowGap, minCellWidth, maxQr } = input;
  const candidates: (Grid & { empty: number })[] = [];
  for (let columns = 1; ; columns++) {
    const cellWidth = (width - (columns - 1) * columnGap) / columns;
    if (cellWidth < Math.max(minCellWidth, MIN_SERVICE_QR)) break;
    for (let rows = 1; ; rows++) {
      const byHeight = (firstHeight + rowGap) / rows - rowGap - textHeight;
      // Half-point steps keep equal candidates equal despite floating point.
      const qrSize = Math.floor(Math.min(maxQr, cellWidth, byHeight) * 2) / 2;
      if (qrSize < MIN_SERVICE_QR) break;
      const cellHeight = textHeight + qrSize;
      const rowsIn = (height: number) => Math.floor((height + rowGap) / (cellHeight + rowGap));
      const firstRows = rowsIn(firstHeight);
      const laterRows = rowsIn(laterHeight);
      const onFirst = firstRows * columns;
      const pages = count <= onFirst ? 1 : 1 + Math.ceil((count - onFirst) / (laterRows * columns));
      const capacity = onFirst + (pages - 1) * laterRows * columns;
      candidates.push({ columns, cellWidth, cellHeight, qrSize, firstRows, laterRows, pages, empty: capacity - count });
    }
  }
  if (candidates.length === 0) throw new Error('Kertas terlalu kecil untuk kode QR layanan yang masih bisa dipindai.');
  // Fewest pages, then the largest codes, then the fewest empty cells, then wider cells for the titles.
  candidates.sort((a, b) => a.pages - b.pages || b.qrSize - a.qrSize || a.empty - b.empty || a.columns - b.columns);
  const { empty: _empty, ...best } = candidates[0]!;
  return best;
}
