// What a print run put on paper, as content/dicetak.json records it: every path a QR code encodes, and
// for each village poster the services it shows. Taken from what the poster generator actually drew, so
// any new kind of printable is recorded without changes here.
import type { Cetakan, Content, PosterTercatat } from '../../schema/index.ts';
import { isPlaceholderSitus, paths, sitePathOf } from '../urls.ts';

/** What the poster generator reports of the codes it drew; its summary has this shape (and more). */
export interface DrawnCodes {
  files: readonly { kind: string; desa?: string; qr: readonly (readonly string[])[] }[];
  /** Every distinct URL a code encodes. */
  encodedUrls: readonly string[];
}

export function printRunOf(summary: DrawnCodes, content: Content, tanggal: string): Cetakan {
  const { situs } = content.kecamatan;
  const toPath = (url: string) => {
    const path = sitePathOf(situs, url);
    if (!path) throw new Error(`QR code ${url} is not under situs ${situs}`);
    return path;
  };
  const judulOf = new Map(content.layanan.map((layanan) => [paths.layanan(layanan), layanan.judul]));
  const namaOf = new Map(content.desa.map((desa) => [paths.desa(desa), desa.nama]));

  const poster: PosterTercatat[] = [];
  const recorded = new Set<string>();
  // Every paper size carries the same codes; the first file of each village stands for all of them.
  for (const file of summary.files) {
    if (file.kind !== 'poster-desa' || !file.desa || recorded.has(file.desa)) continue;
    recorded.add(file.desa);
    const services = [...new Set(file.qr.flat().map(toPath))].filter((path) => path !== file.desa);
    poster.push({
      desa: file.desa,
      nama: namaOf.get(file.desa) ?? file.desa,
      layanan: services.map((alamat) => ({ alamat, judul: judulOf.get(alamat) ?? alamat })),
    });
  }
  return { tanggal, situs, alamat: [...new Set(summary.encodedUrls.map(toPath))].sort(), poster };
}

/** Why a release print run must not happen with this `situs`, in Bahasa Indonesia; undefined when it may. */
export function releaseRefusal(situs: string): string | undefined {
  if (!situs.startsWith('https://')) {
    return `alamat situs ${situs} tidak diawali https://. Poster rilis hanya boleh memuat alamat https yang resmi.`;
  }
  if (isPlaceholderSitus(situs)) {
    return (
      `alamat situs ${situs} masih alamat contoh. Isi «situs» di kecamatan.yaml dengan alamat resmi ` +
      `(misalnya https://kemlagi.mojokertokab.go.id/) lalu jalankan lagi.`
    );
  }
  return undefined;
}
