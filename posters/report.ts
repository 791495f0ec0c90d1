// What a print run tells staff at the end: how much was made, and anything to fix before printing.
import { formatBytes } from '../src/lib/format-number.ts';
import { CONTOH_MARK } from '../src/lib/contoh.ts';
import { isPlaceholderSitus } from '../src/lib/urls.ts';
import type { Content } from '../src/schema/index.ts';
import type { PrintablesSummary } from './generate.ts';
import { MAX_POSTER_SERVICES } from './poster-services.ts';

export function reportPrintables(summary: PrintablesSummary, content: Content, outDir: string): string[] {
  const lines = [
    `✓ ${summary.files.length} berkas PDF (${formatBytes(summary.totalBytes)}) di ${outDir}/.`,
    `  ${summary.qrCodes} kode QR; alamat terpanjang ${summary.longestUrl.printed} (QR versi ${summary.longestUrl.version}).`,
  ];
  for (const { url, version } of summary.denseCodes) {
    lines.push(
      `  peringatan: ${url} menjadi QR versi ${version}; kodenya rapat dan sulit dipindai. Pendekkan nama berkasnya.`,
    );
  }
  if (summary.posterOverflow.length > 0) {
    lines.push(
      `  peringatan: poster desa memuat paling banyak ${MAX_POSTER_SERVICES} kode layanan; ${summary.posterOverflow.length} layanan lain ` +
        `hanya bisa dibuka lewat kode QR desa. Tandai layanan yang tidak perlu di poster dengan "poster: false".`,
    );
  }
  if (isPlaceholderSitus(content.kecamatan.situs)) {
    lines.push(`  Alamat situs masih contoh, jadi setiap halaman bertanda "${CONTOH_MARK}".`);
  }
  return lines;
}
