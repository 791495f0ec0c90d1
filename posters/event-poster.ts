// A4 poster for one service fair (Bazar Pelayanan): what, when, where, who comes and which services,
// and a large code to the event page, where each service's requirements are one tap away. Built from
// the same parts as the village poster: fonts, QR drawing, text fitting, CONTOH band and footer.
import type { PDFDocument } from 'pdf-lib';
import type { Acara, Kecamatan, Layanan } from '../src/schema/index.ts';
import { waktuAcara } from '../src/lib/acara/waktu.ts';
import { absoluteUrl, isPlaceholderSitus, paths, printableUrl } from '../src/lib/urls.ts';
import { drawContohBand } from './contoh-mark.ts';
import { drawQr, type DrawnQr } from './draw-qr.ts';
import { BLACK, drawFitted } from './draw-text.ts';
import { fontsFor } from './font.ts';
import { fromTop } from './geometry.ts';
import { mm, PAPERS } from './paper.ts';
import { drawPosterFooter } from './poster-frame.ts';
import type { PosterType } from './poster-layout.ts';
import { stackText } from './stack-text.ts';

export interface EventPosterInput {
  kecamatan: Kecamatan;
  acara: Acara;
  layanan: readonly Layanan[];
  /** The print-run date as residents read it. */
  printedOn: string;
}

const PAPER = PAPERS.a4;
const SIDE = 42;
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

/** Adds one A4 page to `doc`; returns the one code drawn, as the village poster does per page. */
export async function renderEventPoster(doc: PDFDocument, input: EventPosterInput): Promise<DrawnQr[][]> {
  const { kecamatan, acara } = input;
  const fonts = await fontsFor(doc);
  const page = doc.addPage([PAPER.width, PAPER.height]);
  const width = PAPER.width - 2 * SIDE;
  const at = (top: number, height: number, left = SIDE, w = width) => fromTop(PAPER.height, left, top, w, height);
  const line = (size: number) => size * TYPE.leading;

  let cursor = 32;
  if (isPlaceholderSitus(kecamatan.situs)) {
    drawContohBand(page, at(cursor, 26), fonts);
    cursor += 36;
  }
  const kicker = `Kecamatan ${kecamatan.nama} · Kabupaten ${kecamatan.kabupaten}`.toUpperCase();
  drawFitted(page, kicker, at(cursor, line(TYPE.kicker)), {
    font: fonts.bold,
    size: TYPE.kicker,
    minSize: 8,
    leading: TYPE.leading,
  });
  cursor += line(TYPE.kicker);
  drawFitted(page, acara.judul, at(cursor, 2 * line(TYPE.title)), {
    font: fonts.bold,
    size: TYPE.title,
    minSize: 18,
    leading: TYPE.leading,
  });
  cursor += 2 * line(TYPE.title) + 6;
  page.drawRectangle({ ...at(cursor, 3), color: BLACK });
  cursor += 16;

  const whenWhere = [
    { text: waktuAcara(acara), font: fonts.bold, size: TYPE.heroCaption },
    { text: acara.lokasi, font: fonts.regular, size: TYPE.section, gapBefore: 4 },
  ];
  const whenHeight = 2 * line(TYPE.heroCaption) + 2 * line(TYPE.section) + 4;
  stackText(page, at(cursor, whenHeight), whenWhere, TYPE.leading);
  cursor += whenHeight + 14;

  // Left: agencies and services; right: the code to the event page.
  const qrSide = mm(58);
  const gap = 18;
  const textWidth = width - qrSide - gap;
  const footerTop = PAPER.height - 30 - 40;
  const bodyHeight = footerTop - 12 - cursor;
  const offered = acara.layanan.map((slug) => input.layanan.find((item) => item.slug === slug)?.judul ?? slug);
  stackText(
    page,
    at(cursor, bodyHeight, SIDE, textWidth),
    [
      { text: 'Instansi yang hadir', font: fonts.bold, size: TYPE.section },
      ...acara.instansi.map((nama) => ({ text: `• ${nama}`, font: fonts.regular, size: TYPE.heroBody, gapBefore: 2 })),
      ...(offered.length
        ? [
            { text: 'Layanan yang dibuka', font: fonts.bold, size: TYPE.section, gapBefore: 12 },
            ...offered.map((judul) => ({ text: `• ${judul}`, font: fonts.regular, size: TYPE.heroBody, gapBefore: 2 })),
          ]
        : []),
      {
        text: 'Bawa dokumen asli dan fotokopinya sesuai persyaratan setiap layanan. Pindai kode untuk melihat daftarnya.',
        font: fonts.bold,
        size: TYPE.heroBody,
        gapBefore: 12,
      },
    ],
    TYPE.leading,
  );

  const url = absoluteUrl(kecamatan.situs, paths.acara(acara));
  const qrLeft = SIDE + width - qrSide;
  drawFitted(page, 'Pindai untuk jadwal dan persyaratan', at(cursor, 2 * line(TYPE.heroBody), qrLeft, qrSide), {
    font: fonts.bold,
    size: TYPE.heroBody,
    minSize: 9,
    leading: TYPE.leading,
    align: 'center',
  });
  const drawn = drawQr(doc, page, url, at(cursor + 2 * line(TYPE.heroBody) + 4, qrSide, qrLeft, qrSide), {
    box: at(cursor + 2 * line(TYPE.heroBody) + 8 + qrSide, 2 * line(TYPE.heroUrl), qrLeft, qrSide),
    font: fonts.bold,
    size: TYPE.heroUrl,
    minSize: TYPE.heroUrl * 0.7,
    leading: TYPE.leading,
  });

  drawPosterFooter(
    page,
    at(footerTop, 40),
    { printedOn: input.printedOn, kecamatan, domain: printableUrl(kecamatan.situs), page: 1, pages: 1 },
    fonts,
    TYPE,
  );
  return [[drawn]];
}
