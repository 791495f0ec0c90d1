// The parts every poster page repeats: the kecamatan and village header, and the footer with the print
// date and the warning to check the address before trusting a code.
import { formatKabupatenName } from '../src/lib/kabupaten-name.ts';
import type { PDFPage } from 'pdf-lib';
import { formatDesaName } from '../src/lib/desa-name.ts';
import type { Desa, Kecamatan } from '../src/schema/index.ts';
import { BLACK, drawFitted, drawLines } from './draw-text.ts';
import type { Fonts } from './font.ts';
import type { Rect } from './geometry.ts';
import type { PosterType } from './poster-layout.ts';
import type { ShapeSurface } from './surface.ts';

export function drawPosterHeader(
  page: PDFPage,
  box: Rect,
  kecamatan: Kecamatan,
  desa: Desa,
  fonts: Fonts,
  type: PosterType,
): void {
  const { leading } = type;
  let cursor = box.y + box.height;
  const row = (size: number) => {
    const rect = { x: box.x, y: cursor - size * leading, width: box.width, height: size * leading };
    cursor -= size * leading;
    return rect;
  };
  const kicker = `Kecamatan ${kecamatan.nama} · ${formatKabupatenName(kecamatan)}`.toUpperCase();
  drawFitted(page, kicker, row(type.kicker), {
    font: fonts.bold,
    size: type.kicker,
    minSize: type.kicker * 0.7,
    leading,
  });
  drawFitted(page, formatDesaName(desa), row(type.title), {
    font: fonts.bold,
    size: type.title,
    minSize: type.title * 0.55,
    leading,
  });
  const subtitle = `Persyaratan layanan Kecamatan ${kecamatan.nama} untuk warga ${formatDesaName(desa)}`;
  drawFitted(page, subtitle, row(type.heroBody), {
    font: fonts.regular,
    size: type.heroBody,
    minSize: type.heroBody * 0.7,
    leading,
  });
  const rule = type.kicker * 0.25;
  page.drawRectangle({ x: box.x, y: box.y, width: box.width, height: rule, color: BLACK });
}

export interface FooterText {
  printedOn: string;
  kecamatan: Kecamatan;
  /** The site's host as printed, e.g. "kemlagi.mojokertokab.go.id". */
  domain: string;
  page: number;
  pages: number;
}

export function drawPosterFooter(
  page: ShapeSurface,
  box: Rect,
  text: FooterText,
  fonts: Fonts,
  type: PosterType,
): void {
  const size = type.footer;
  const lineHeight = size * type.leading;
  page.drawRectangle({ x: box.x, y: box.y + box.height - 0.75, width: box.width, height: 0.75, color: BLACK });
  const line = (index: number) => ({
    x: box.x,
    y: box.y + box.height - 4 - (index + 1) * lineHeight,
    width: box.width,
    height: lineHeight,
  });
  const { kecamatan } = text;
  const style = { font: fonts.regular, size, minSize: size * 0.8, leading: type.leading };
  drawFitted(page, `Dicetak ${text.printedOn} · Kecamatan ${kecamatan.nama} · ${kecamatan.telepon}`, line(0), style);
  drawLines(page, [`Halaman ${text.page} dari ${text.pages}`], line(0), { ...style, align: 'right' });
  drawFitted(
    page,
    `Sebelum memindai atau mengetik, periksa alamatnya: kode yang asli selalu membuka ${text.domain}.`,
    line(1),
    { ...style, font: fonts.bold },
  );
  drawFitted(
    page,
    'Jika yang muncul alamat lain, jangan dibuka: mungkin ada stiker kode palsu di atas poster ini. Laporkan ke kecamatan.',
    line(2),
    style,
  );
}
