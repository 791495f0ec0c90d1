// One village's poster: a large code to the village page and a code per service, on as many pages as
// the layout needs. Draws into a given document, so single-village files and the all-villages file
// are made by the same code.
import type { PDFDocument } from 'pdf-lib';
import type { Desa, Kecamatan, Layanan } from '../src/schema/index.ts';
import { formatDesaName } from '../src/lib/desa-name.ts';
import { absoluteUrl, isPlaceholderSitus, paths, printableUrl } from '../src/lib/urls.ts';
import { drawContohBand } from './contoh-mark.ts';
import { drawQr, type DrawnQr } from './draw-qr.ts';
import { drawFitted } from './draw-text.ts';
import { fontsFor, type Fonts } from './font.ts';
import type { Paper } from './paper.ts';
import { drawPosterFooter, drawPosterHeader } from './poster-frame.ts';
import { layoutPoster, type PosterLayout, type PosterPage } from './poster-layout.ts';
import { stackText } from './stack-text.ts';
import { drawKecamatanForm } from './kecamatan-form.ts';
import { pageSurface } from './surface.ts';

export interface VillagePosterInput {
  kecamatan: Kecamatan;
  /** The services with a code on the poster; only their title and address are printed. */
  layanan: readonly Pick<Layanan, 'slug' | 'judul'>[];
  desa: Desa;
  paper: Paper;
  /** The print-run date as residents read it, e.g. "22 November 2026". */
  printedOn: string;
}

/** Adds the poster's pages to `doc`; returns the codes drawn on each page, in page order. */
export async function renderVillagePoster(doc: PDFDocument, input: VillagePosterInput): Promise<DrawnQr[][]> {
  const { kecamatan, layanan, desa, paper } = input;
  const fonts = await fontsFor(doc);
  const contoh = isPlaceholderSitus(kecamatan.situs);
  const layout = layoutPoster({ paper, services: layanan.length, contoh });
  return layout.pages.map((pageLayout, index) => {
    const page = doc.addPage([paper.width, paper.height]);
    drawPosterHeader(page, pageLayout.header, kecamatan, desa, fonts, layout.type);
    const context: PageContext = { doc, page, pageLayout, input, fonts, layout };
    const drawn: DrawnQr[] = [];
    if (pageLayout.hero) drawn.push(drawHero(context));
    drawn.push(...drawKecamatanParts(context, index));
    return drawn;
  });
}

/** Everything drawing one poster page needs. */
interface PageContext {
  doc: PDFDocument;
  page: ReturnType<PDFDocument['addPage']>;
  pageLayout: PosterPage;
  input: VillagePosterInput;
  fonts: Fonts;
  layout: PosterLayout;
}

function drawHero({ doc, page, pageLayout, input, fonts, layout }: PageContext): DrawnQr {
  const hero = pageLayout.hero!;
  const { type } = layout;
  const { kecamatan, desa } = input;
  const url = absoluteUrl(kecamatan.situs, paths.desa(desa));
  const drawn = drawQr(pageSurface(doc, page), url, hero.qr, {
    box: hero.url,
    font: fonts.bold,
    size: type.heroUrl,
    minSize: type.heroUrl * 0.7,
    leading: type.leading,
  });
  stackText(
    page,
    hero.text,
    [
      { text: 'Scan untuk melihat persyaratan layanan', font: fonts.bold, size: type.heroCaption },
      {
        text: `Dokumen yang harus dibawa, langkah, waktu dan biaya setiap layanan Kecamatan ${kecamatan.nama} untuk warga ${formatDesaName(desa)}.`,
        font: fonts.regular,
        size: type.heroBody,
        gapBefore: type.heroBody,
      },
      {
        text: 'Tidak bisa memindai? Ketik alamat di bawah kode ini di peramban ponsel, atau tanyakan kepada perangkat desa.',
        font: fonts.regular,
        size: type.heroBody,
        gapBefore: type.heroBody * 0.6,
      },
      {
        text: `Jam layanan kecamatan: ${kecamatan.jam_layanan}`,
        font: fonts.bold,
        size: type.heroBody,
        gapBefore: type.heroBody * 0.6,
      },
    ],
    type.leading,
  );
  return drawn;
}

/**
 * What the page shows that is the same for every village of the kecamatan: the CONTOH band, the footer
 * and the services grid, drawn as one form that later villages' posters reuse (kecamatan-form.ts).
 */
function drawKecamatanParts({ doc, page, pageLayout, input, fonts, layout }: PageContext, index: number): DrawnQr[] {
  const { type } = layout;
  const { kecamatan } = input;
  const { situs } = kecamatan;
  const footer = {
    printedOn: input.printedOn,
    kecamatan,
    domain: printableUrl(situs),
    page: index + 1,
    pages: layout.pages.length,
  };
  const cells = pageLayout.cells.map((cell) => ({ cell, layanan: input.layanan[cell.index]! }));
  const heading = index > 0 ? 'Layanan lainnya (lanjutan)' : 'Atau pindai langsung layanan yang Anda perlukan:';
  // Everything the form shows and where: the same for every village of the kecamatan on this paper.
  const key = JSON.stringify([
    layout.paper,
    type,
    pageLayout.contoh,
    [pageLayout.footer, footer],
    pageLayout.section && [heading, pageLayout.section],
    cells.map(({ cell, layanan }) => [cell, layanan.slug, layanan.judul]),
  ]);
  return drawKecamatanForm(doc, page, fonts, key, (canvas) => {
    if (pageLayout.contoh) drawContohBand(canvas, pageLayout.contoh, fonts);
    drawPosterFooter(canvas, pageLayout.footer, footer, fonts, type);
    if (pageLayout.section) {
      drawFitted(canvas, heading, pageLayout.section, {
        font: fonts.bold,
        size: type.section,
        minSize: type.section * 0.7,
        leading: pageLayout.section.height / type.section,
      });
    }
    return cells.map(({ cell, layanan }) => {
      drawFitted(canvas, layanan.judul, cell.title, {
        font: fonts.bold,
        size: type.cellTitle,
        minSize: type.cellTitle * 0.75,
        leading: type.leading,
        align: 'center',
        valign: 'bottom',
      });
      const url = absoluteUrl(situs, paths.layanan(layanan));
      return drawQr(canvas, url, cell.qr, {
        box: cell.url,
        font: fonts.regular,
        size: type.cellUrl,
        minSize: type.cellUrl * 0.8,
        leading: type.leading,
      });
    });
  });
}
