// A4 poster for one service fair (Bazar Pelayanan): what, when, where, who comes and which services,
// and a large code to the event page, where each service's requirements are one tap away. Where things
// go is event-poster-layout.ts; this file paints its boxes with the village poster's parts (fonts, QR
// drawing, text fitting, CONTOH band and footer).
import { formatKabupatenName } from '../src/lib/kabupaten-name.ts';
import type { PDFDocument } from 'pdf-lib';
import type { Acara, Kecamatan, Layanan } from '../src/schema/index.ts';
import { formatWaktuAcara } from '../src/lib/acara/waktu.ts';
import { absoluteUrl, isPlaceholderSitus, paths, printableUrl } from '../src/lib/urls.ts';
import { drawContohBand } from './contoh-mark.ts';
import { drawQr, type DrawnQr } from './draw-qr.ts';
import { pageSurface } from './surface.ts';
import { BLACK, drawFitted } from './draw-text.ts';
import { EVENT_GAPS, EVENT_MIN_SIZE, layoutEventPoster } from './event-poster-layout.ts';
import { fontsFor } from './font.ts';
import { PAPERS } from './paper.ts';
import { drawPosterFooter } from './poster-frame.ts';
import { stackText } from './stack-text.ts';

export interface EventPosterInput {
  kecamatan: Kecamatan;
  acara: Acara;
  /** Where the fair's services get their titles. */
  layanan: readonly Pick<Layanan, 'slug' | 'judul'>[];
  /** The print-run date as residents read it. */
  printedOn: string;
}

/** Adds one A4 page to `doc`; returns the one code drawn, as the village poster does per page. */
export async function renderEventPoster(doc: PDFDocument, input: EventPosterInput): Promise<DrawnQr[][]> {
  const { kecamatan, acara } = input;
  const fonts = await fontsFor(doc);
  const layout = layoutEventPoster({ paper: PAPERS.a4, contoh: isPlaceholderSitus(kecamatan.situs) });
  const { type } = layout;
  const page = doc.addPage([layout.paper.width, layout.paper.height]);
  const { leading } = type;

  if (layout.contoh) drawContohBand(page, layout.contoh, fonts);
  const kicker = `Kecamatan ${kecamatan.nama} · ${formatKabupatenName(kecamatan)}`.toUpperCase();
  drawFitted(page, kicker, layout.kicker, {
    font: fonts.bold,
    size: type.kicker,
    minSize: EVENT_MIN_SIZE.kicker,
    leading,
  });
  drawFitted(page, acara.judul, layout.title, {
    font: fonts.bold,
    size: type.title,
    minSize: EVENT_MIN_SIZE.title,
    leading,
  });
  page.drawRectangle({ ...layout.rule, color: BLACK });

  const whenWhere = [
    { text: formatWaktuAcara(acara), font: fonts.bold, size: type.heroCaption },
    { text: acara.lokasi, font: fonts.regular, size: type.section, gapBefore: EVENT_GAPS.where },
  ];
  stackText(page, layout.whenWhere, whenWhere, leading);

  const item = (text: string) => ({
    text: `• ${text}`,
    font: fonts.regular,
    size: type.heroBody,
    gapBefore: EVENT_GAPS.item,
  });
  const offered = acara.layanan.map((slug) => input.layanan.find((layanan) => layanan.slug === slug)?.judul ?? slug);
  stackText(
    page,
    layout.body,
    [
      { text: 'Instansi yang hadir', font: fonts.bold, size: type.section },
      ...acara.instansi.map(item),
      ...(offered.length
        ? [
            { text: 'Layanan yang dibuka', font: fonts.bold, size: type.section, gapBefore: EVENT_GAPS.heading },
            ...offered.map(item),
          ]
        : []),
      {
        text: 'Bawa dokumen asli dan fotokopinya sesuai persyaratan setiap layanan. Pindai kode untuk melihat daftarnya.',
        font: fonts.bold,
        size: type.heroBody,
        gapBefore: EVENT_GAPS.heading,
      },
    ],
    leading,
  );

  drawFitted(page, 'Pindai untuk jadwal dan persyaratan', layout.scanCaption, {
    font: fonts.bold,
    size: type.heroBody,
    minSize: EVENT_MIN_SIZE.scanCaption,
    leading,
    align: 'center',
  });
  const url = absoluteUrl(kecamatan.situs, paths.acara(acara));
  const drawn = drawQr(pageSurface(doc, page), url, layout.qr, {
    box: layout.url,
    font: fonts.bold,
    size: type.heroUrl,
    minSize: EVENT_MIN_SIZE.url,
    leading,
  });

  drawPosterFooter(
    page,
    layout.footer,
    { printedOn: input.printedOn, kecamatan, domain: printableUrl(kecamatan.situs), page: 1, pages: 1 },
    fonts,
    type,
  );
  return [[drawn]];
}
