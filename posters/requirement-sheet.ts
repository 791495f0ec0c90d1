// "Lembar Persyaratan": one service on A4 for people without a smartphone, handed out or pinned up at the
// counter. A code in the corner leads to the live page, because paper goes out of date.
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { absoluteUrl, isPlaceholderSitus, paths, printableUrl } from '../src/lib/urls.ts';
import type { Kecamatan, Layanan } from '../src/schema/index.ts';
import { drawContohBand } from './contoh-mark.ts';
import { drawQr, type DrawnQr } from './draw-qr.ts';
import { baseline, BLACK, drawFitted, drawLines, PRINT_SIZE_STEP } from './draw-text.ts';
import { fontsFor, type Fonts } from './font.ts';
import { fromTop } from './geometry.ts';
import { mm, PAPERS } from './paper.ts';
import { drawRichLine, wrapRuns, type RichLine, type Run } from './rich-text.ts';
import { checkedLine, complaintRuns, sheetItems } from './sheet-content.ts';
import { flowItems, type SheetStyle } from './sheet-flow.ts';
import { fitLines, fitText, fixedLines, lineBoxes } from '../src/drawing/fit-text.ts';
import { wrapText } from '../src/drawing/wrap-text.ts';

const PAPER = PAPERS.a4;
const M = { side: 48, top: 34, bottom: 34, band: 24, bandGap: 12, footer: 50, qr: mm(34), gutter: 20 };
const STYLE: SheetStyle = { body: 11, section: 14, leading: 1.35, indent: 20, factLabelWidth: 118 };
const WIDTH = PAPER.width - 2 * M.side;

export interface SheetInput {
  kecamatan: Kecamatan;
  layanan: Layanan;
}

/** Adds the sheet's pages to `doc`; returns the codes drawn on each page. */
export async function renderRequirementSheet(doc: PDFDocument, input: SheetInput): Promise<DrawnQr[][]> {
  const { kecamatan, layanan } = input;
  const fonts = await fontsFor(doc);
  const contoh = isPlaceholderSitus(kecamatan.situs);
  const url = absoluteUrl(kecamatan.situs, paths.layanan(layanan));
  const pages: PDFPage[] = [];
  const startPage = () => {
    const page = doc.addPage([PAPER.width, PAPER.height]);
    pages.push(page);
    if (contoh) drawContohBand(page, fromTop(PAPER.height, M.side, M.top, WIDTH, M.band), fonts);
    return { page, top: PAPER.height - M.top - (contoh ? M.band + M.bandGap : 0) };
  };

  const first = startPage();
  const drawn = drawQr(
    doc,
    first.page,
    url,
    { x: M.side + WIDTH - M.qr, y: first.top - M.qr, width: M.qr, height: M.qr },
    {
      box: { x: M.side + WIDTH - M.qr - 10, y: first.top - M.qr - 26, width: M.qr + 20, height: 24 },
      font: fonts.regular,
      size: 8.5,
      minSize: 7,
      leading: 1.3,
    },
  );
  const headerBottom = drawFirstHeader(first.page, first.top, input, fonts);
  const start = { page: first.page, y: Math.min(headerBottom, first.top - M.qr - 30) - 14 };
  first.page.drawRectangle({ x: M.side, y: start.y + 8, width: WIDTH, height: 2, color: BLACK });

  flowItems(
    sheetItems(layanan),
    start,
    {
      x: M.side,
      width: WIDTH,
      bottom: M.bottom + M.footer + 8,
      newPage: () => {
        const next = startPage();
        return { page: next.page, y: drawLaterHeader(next.page, next.top, input, fonts) };
      },
    },
    fonts,
    STYLE,
  );

  pages.forEach((page, index) => drawFooter(page, index + 1, pages.length, input, url, fonts));
  return pages.map((_, index) => (index === 0 ? [drawn] : []));
}

/** Kicker, title and summary left of the code; returns the lowest y used. */
function drawFirstHeader(page: PDFPage, top: number, { kecamatan, layanan }: SheetInput, fonts: Fonts): number {
  const width = WIDTH - M.qr - M.gutter;
  const leading = 1.25;
  let y = top;
  const kicker = `Lembar persyaratan · Kecamatan ${kecamatan.nama} · Kabupaten ${kecamatan.kabupaten}`.toUpperCase();
  drawFitted(
    page,
    kicker,
    { x: M.side, y: y - 9.5 * leading, width, height: 9.5 * leading },
    { font: fonts.bold, size: 9.5, minSize: 7, leading },
  );
  y -= 9.5 * leading + 6;
  const title = fitText(layanan.judul, {
    font: fonts.bold,
    maxSize: 22,
    minSize: 15,
    maxWidth: width,
    step: PRINT_SIZE_STEP,
    measure: lineBoxes(3 * 22 * 1.15, 1.15),
    ellipsis: true,
  });
  const titleHeight = title.lines.length * title.size * 1.15;
  drawLines(
    page,
    title.lines,
    { x: M.side, y: y - titleHeight, width, height: titleHeight },
    { font: fonts.bold, size: title.size, leading: 1.15 },
  );
  y -= titleHeight + 6;
  const summary = wrapText(layanan.ringkasan, fonts.regular, 11.5, width);
  const summaryHeight = summary.length * 11.5 * 1.3;
  drawLines(
    page,
    summary,
    { x: M.side, y: y - summaryHeight, width, height: summaryHeight },
    { font: fonts.regular, size: 11.5, leading: 1.3 },
  );
  y -= summaryHeight + 4;
  drawFitted(
    page,
    checkedLine(layanan),
    { x: M.side, y: y - 13, width, height: 13 },
    { font: fonts.bold, size: 10, minSize: 8, leading: 1.3 },
  );
  return y - 13;
}

/** A one-line reminder of which sheet this is; returns where content starts. */
function drawLaterHeader(page: PDFPage, top: number, { kecamatan, layanan }: SheetInput, fonts: Fonts): number {
  const text = `Lembar persyaratan Kecamatan ${kecamatan.nama} (lanjutan): ${layanan.judul}`;
  drawFitted(
    page,
    text,
    { x: M.side, y: top - 14, width: WIDTH, height: 14 },
    { font: fonts.bold, size: 10.5, minSize: 8, leading: 14 / 10.5 },
  );
  page.drawRectangle({ x: M.side, y: top - 20, width: WIDTH, height: 1.5, color: BLACK });
  return top - 32;
}

function drawFooter(
  page: PDFPage,
  number: number,
  total: number,
  { kecamatan }: SheetInput,
  url: string,
  fonts: Fonts,
): void {
  const top = M.bottom + M.footer;
  page.drawRectangle({ x: M.side, y: top - 0.75, width: WIDTH, height: 0.75, color: BLACK });
  const complaints = fitRuns(complaintRuns(kecamatan), fonts, 8.5, 2);
  const lineHeight = 8.5 * 1.3;
  const row = (index: number) => ({
    x: M.side,
    y: top - 4 - (index + 1) * lineHeight,
    width: WIDTH,
    height: lineHeight,
  });
  complaints.lines.forEach((line, index) =>
    drawRichLine(
      page,
      line,
      M.side,
      baseline(top - 4 - index * lineHeight, complaints.size, 1.3),
      fonts,
      complaints.size,
    ),
  );
  const style = { font: fonts.regular, size: 8.5, minSize: 7, leading: 1.3 };
  drawFitted(
    page,
    `Informasi terbaru: ${printableUrl(url)} · Kecamatan ${kecamatan.nama} · ${kecamatan.telepon}`,
    row(2),
    style,
  );
  drawLines(page, [`Halaman ${number} dari ${total}`], row(2), { ...style, align: 'right' });
  const check = `Periksa alamatnya: informasi resmi hanya di ${printableUrl(kecamatan.situs)}. Persyaratan bisa berubah; pindai kodenya untuk versi terbaru.`;
  drawFitted(page, check, row(3), { ...style, font: fonts.bold });
}

/** The largest size up to `size` at which the runs wrap into `maxLines` lines of the text width. */
function fitRuns(runs: Run[], fonts: Fonts, size: number, maxLines: number): { size: number; lines: RichLine[] } {
  return fitLines({
    maxSize: size,
    minSize: 6,
    step: PRINT_SIZE_STEP,
    wrap: (tried) => wrapRuns(runs, fonts, tried, WIDTH),
    measure: fixedLines(maxLines),
  });
}
