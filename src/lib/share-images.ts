// What each image for sharing shows: the link-preview (Open Graph) images and the square social-media
// images. The build draws them from these descriptions and the pages describe them in their meta tags,
// so the words in a picture and its alt text cannot drift apart.
import { formatKabupatenName } from './kabupaten-name.ts';
import type { Content, Desa, Kecamatan, Layanan } from '../schema/index.ts';
import { formatDesaName } from './desa-name.ts';
import { absoluteUrl, paths, printableUrl } from './urls.ts';

/** Facebook's and WhatsApp's recommended link-preview size (1.91 : 1). */
export const OG_SIZE = { width: 1200, height: 630 } as const;
/** Instagram's square post size; also fills a WhatsApp Status or Facebook post. */
export const SQUARE_SIZE = { width: 1080, height: 1080 } as const;
export const IMAGE_TYPE = 'image/png';
/** Link previews larger than this are dropped by some apps (WhatsApp among them). */
export const MAX_IMAGE_BYTES = 300 * 1024;

export interface ShareImage {
  kind: 'og' | 'sosmed';
  /** Site path of the PNG, from the URL scheme. */
  path: string;
  width: number;
  height: number;
  /** The page the image stands for: its short form is printed, and square images carry it as a QR code. */
  pageUrl: string;
  /** The small line at the top. */
  band: string;
  /** The large text. */
  title: string;
  alt: string;
}

export function ogImageLayanan(kecamatan: Kecamatan, layanan: Layanan): ShareImage {
  return og(kecamatan, paths.ogLayanan(layanan), paths.layanan(layanan), layanan.judul);
}

/** The preview for every page without its own: home, villages, the poster page, 404. */
export function ogImageSitus(kecamatan: Kecamatan): ShareImage {
  return og(kecamatan, paths.ogSitus(), paths.home(), `Persyaratan layanan Kecamatan ${kecamatan.nama}`);
}

export function squareImageLayanan(kecamatan: Kecamatan, layanan: Layanan): ShareImage {
  return square(kecamatan, paths.sosmedLayanan(layanan), paths.layanan(layanan), layanan.judul);
}

function squareImageDesa(kecamatan: Kecamatan, desa: Desa): ShareImage {
  return square(kecamatan, paths.sosmedDesa(desa), paths.desa(desa), `Layanan untuk warga ${formatDesaName(desa)}`);
}

/** Every image a build draws. */
export function allShareImages(content: Content): ShareImage[] {
  const { kecamatan, layanan, desa } = content;
  return [
    ogImageSitus(kecamatan),
    ...layanan.map((item) => ogImageLayanan(kecamatan, item)),
    ...layanan.map((item) => squareImageLayanan(kecamatan, item)),
    ...desa.map((item) => squareImageDesa(kecamatan, item)),
  ];
}

function og(kecamatan: Kecamatan, path: string, pagePath: string, title: string): ShareImage {
  const pageUrl = absoluteUrl(kecamatan.situs, pagePath);
  const band = `Kecamatan ${kecamatan.nama} · ${formatKabupatenName(kecamatan)}`;
  const alt = `${title}. ${band}. ${printableUrl(pageUrl)}`;
  return { kind: 'og', path, ...OG_SIZE, pageUrl, band, title, alt };
}

function square(kecamatan: Kecamatan, path: string, pagePath: string, title: string): ShareImage {
  const pageUrl = absoluteUrl(kecamatan.situs, pagePath);
  const band = `Persyaratan layanan · Kecamatan ${kecamatan.nama}`;
  const alt = `${title}. ${band}. Kode QR ke ${printableUrl(pageUrl)}`;
  return { kind: 'sosmed', path, ...SQUARE_SIZE, pageUrl, band, title, alt };
}
