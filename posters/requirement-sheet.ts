// "Lembar Persyaratan": one service on A4 for people without a smartphone, handed out or pinned up at the
// counter, in normal or large print. A code in the corner leads to the live page, because paper goes out
// of date. Where things go is sheet-layout.ts and sheet-flow.ts; this file paints their boxes and marks.
import { formatKabupatenName } from '../src/lib/kabupaten-name.ts';
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { fitLines, fixedLines } from '../src/drawing/fit-text.ts';
import { textWidth } from '../src/drawing/text-width.ts';
import { absoluteUrl, isPlaceholderSitus, paths, printableUrl } from '../src/lib/urls.ts';
import type { Kecamatan, Layanan } from '../src/schema/index.ts';
import { drawContohBand } from './contoh-mark.ts';
import { drawMarks, drawRichLine } from './draw-marks.ts';
import { drawQr, type DrawnQr } from './draw-qr.ts';
import { pageSurface } from './surface.ts';
import { BLACK, drawFitted, drawLines } from './draw-text.ts';
import { fontsFor, type Fonts } from './font.ts';
import { PAPERS } from './paper.ts';
import { baseline, PRINT_SIZE_STEP } from './print-type.ts';
import { wrapRuns } from './rich-text.ts';
import { checkedLine, complaintRuns, sheetItems } from './sheet-content.ts';
import { flowSheet } from './sheet-flow.ts';
import {
  layoutSheet,
  layoutSheetHeader,
  SHEET_STYLES,
  type SheetHeader,
  type SheetLayout,
  type SheetPrint,
} from './sheet-layout.ts';

export interface SheetInput {
  kecamatan: Kecamatan;
  layanan: Layanan;
  /** Large print repeats the same content with every text a resident reads at 16 pt or more. */
  print?: SheetPrint;
}

/** Adds the sheet's pages to `doc`; returns the codes drawn on each page. */
export async function renderRequirementSheet(doc: PDFDocument, input: SheetInput): Promise<DrawnQr[][]> {
  const { kecamatan, layanan, print = 'normal' } = input;
  const fonts = await fontsFor(doc);
  const paper = PAPERS.a4;
  const layout = layoutSheet({ paper, contoh: isPlaceholderSitus(kecamatan.situs), print });
  const url = absoluteUrl(kecamatan.situs, paths.layanan(layanan));
  const header = layoutSheetHeader(layout, { title: layanan.judul, summary: layanan.ringkasan }, fonts);
  const { pages: marks } = flowSheet(
    sheetItems(layanan, kecamatan),
    { ...layout.flow, firstTop: header.itemsTop, laterTop: layout.later.itemsTop },
    fonts,
    SHEET_STYLES[print],
  );

  const codes: DrawnQr[][] = [];
  const pages = marks.map((pageMarks, index) => {
    const page = doc.addPage([paper.width, paper.height]);
    if (layout.contoh) drawContohBand(page, layout.contoh, fonts);
    if (index === 0) {
      const { qrLabel } = layout.type;
      const label = { size: qrLabel.size, minSize: qrLabel.min, leading: qrLabel.leading };
      codes.push([
        drawQr(pageSurface(doc, page), url, layout.qr, { box: layout.qrLabel, font: fonts.regular, ...label }),
      ]);
      drawFirstHeader(page, layout, header, input, fonts);
    } else {
      codes.push([]);
      drawLaterHeader(page, layout, input, fonts);
    }
    drawMarks(page, pageMarks, fonts);
    return page;
  });
  pages.forEach((page, index) => drawFooter(page, index + 1, pages.length, layout, input, url, fonts));
  return codes;
}

/** Kicker, title, summary and checked line left of the code, and the rule under them. */
function drawFirstHeader(
  page: PDFPage,
  layout: SheetLayout,
  header: SheetHeader,
  { kecamatan, layanan }: SheetInput,
  fonts: Fonts,
): void {
  const { kicker, title, summary, checked } = layout.type;
  const kickerText = `Lembar persyaratan · Kecamatan ${kecamatan.nama} · ${formatKabupatenName(kecamatan)}`;
  drawFitted(page, kickerText.toUpperCase(), header.kicker, {
    font: fonts.bold,
    size: kicker.size,
    minSize: kicker.min,
    leading: kicker.leading,
  });
  drawLines(page, header.title.lines, header.title.box, {
    font: fonts.bold,
    size: header.title.size,
    leading: title.leading,
  });
  drawLines(page, header.summary.lines, header.summary.box, {
    font: fonts.regular,
    size: summary.size,
    leading: summary.leading,
  });
  drawFitted(page, checkedLine(layanan), header.checked, {
    font: fonts.bold,
    size: checked.size,
    minSize: checked.min,
    leading: checked.leading,
  });
  page.drawRectangle({ ...header.rule, color: BLACK });
}

/** A one-line reminder of which sheet this is, with a rule under it. */
function drawLaterHeader(page: PDFPage, layout: SheetLayout, { kecamatan, layanan }: SheetInput, fonts: Fonts): void {
  const { laterHeader } = layout.type;
  drawFitted(page, `Lembar persyaratan Kecamatan ${kecamatan.nama} (lanjutan): ${layanan.judul}`, layout.later.header, {
    font: fonts.bold,
    size: laterHeader.size,
    minSize: laterHeader.min,
    leading: laterHeader.leading,
  });
  page.drawRectangle({ ...layout.later.rule, color: BLACK });
}

function drawFooter(
  page: PDFPage,
  number: number,
  total: number,
  layout: SheetLayout,
  { kecamatan }: SheetInput,
  url: string,
  fonts: Fonts,
): void {
  const { footer } = layout;
  const type = layout.type.footer;
  const { complaints: complaintType } = layout.type;
  page.drawRectangle({ ...footer.rule, color: BLACK });
  const complaints = fitLines({
    maxSize: type.size,
    minSize: complaintType.min,
    step: PRINT_SIZE_STEP,
    wrap: (size) => wrapRuns(complaintRuns(kecamatan), fonts, size, footer.complaintWidth),
    measure: fixedLines(complaintType.lines),
  });
  complaints.lines.forEach((line, index) => {
    const y = baseline(footer.complaintTops[index]!, complaints.size, type.leading);
    drawRichLine(page, line, footer.info.x, y, fonts, complaints.size);
  });
  const style = { font: fonts.regular, size: type.size, minSize: type.min, leading: type.leading };
  const info = `Informasi terbaru: ${printableUrl(url)} · Kecamatan ${kecamatan.nama} · ${kecamatan.telepon}`;
  const pageNumber = `Halaman ${number} dari ${total}`;
  // The address line stops short of the page number, so the two never overprint.
  const numberWidth = textWidth(fonts.regular, pageNumber, type.size) + type.size;
  drawFitted(page, info, { ...footer.info, width: footer.info.width - numberWidth }, style);
  drawLines(page, [pageNumber], footer.info, { ...style, align: 'right' });
  const check = `Periksa alamatnya: informasi resmi hanya di ${printableUrl(kecamatan.situs)}. Persyaratan bisa berubah; pindai kodenya untuk versi terbaru.`;
  drawFitted(page, check, footer.check, { ...style, font: fonts.bold });
}
