// Writes every printable file: per village a poster for each paper size, one file with all villages
// per paper size, and a requirement sheet per service in normal and in large print. File names come from
// the URL scheme.
import { formatKabupatenName } from '../src/lib/kabupaten-name.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import { formatTanggal } from '../src/core/dates.ts';
import { formatDesaName } from '../src/lib/desa-name.ts';
import { paths, printableUrl, type Kertas } from '../src/lib/urls.ts';
import type { Content } from '../src/schema/index.ts';
import { today } from '../src/core/clock.ts';
import type { DrawnQr } from './draw-qr.ts';
import { PAPERS } from './paper.ts';
import { createPdf } from './pdf-file.ts';
import { MAX_COMFORTABLE_VERSION } from '../src/drawing/qr-code.ts';
import { renderRequirementSheet } from './requirement-sheet.ts';
import { selectPosterServices } from './poster-services.ts';
import { renderVillagePoster } from './village-poster.ts';
import { renderEventPoster } from './event-poster.ts';

export interface GenerateOptions {
  content: Content;
  outDir: string;
  kertas: readonly Kertas[];
  onProgress?: ((done: number, total: number, label: string) => void) | undefined;
  /** The print-run date printed on posters, YYYY-MM-DD; defaults to today in Asia/Jakarta. */
  printedOn?: string;
}

export interface PrintableFile {
  /** Path under outDir, e.g. "poster/desa-mojorejo-a4.pdf". */
  path: string;
  kind: 'poster-desa' | 'poster-semua' | 'lembar' | 'lembar-besar' | 'poster-acara';
  bytes: number;
  pages: number;
  /** The URL of every code drawn, page by page. */
  qr: string[][];
  /** For a village's own poster: the site path of that village's page. */
  desa?: string;
}

export interface PrintablesSummary {
  files: PrintableFile[];
  totalBytes: number;
  qrCodes: number;
  /** The longest address printed under a code, and the QR version it needed. */
  longestUrl: { url: string; printed: string; version: number };
  /** Addresses whose codes came out denser than planned (see MAX_COMFORTABLE_VERSION); shorten their slugs. */
  denseCodes: { url: string; version: number }[];
  /** Titles of services marked for the poster that did not fit on it (see MAX_POSTER_SERVICES). */
  posterOverflow: string[];
  /** Every distinct URL a code encodes, sorted: what a release print run records (src/lib/printed). */
  encodedUrls: string[];
}

export async function generatePrintables(options: GenerateOptions): Promise<PrintablesSummary> {
  const { content, outDir, kertas, onProgress } = options;
  const { kecamatan, desa, layanan } = content;
  const posterServices = selectPosterServices(layanan);
  const printedIso = options.printedOn ?? today();
  const printedOn = formatTanggal(printedIso);
  const author = `Kecamatan ${kecamatan.nama}, ${formatKabupatenName(kecamatan)}`;
  const files: PrintableFile[] = [];
  const drawnCodes: DrawnQr[] = [];
  const total = kertas.length * (desa.length + 1) + 2 * layanan.length + content.acara.length;
  let done = 0;

  const write = async (
    path: string,
    kind: PrintableFile['kind'],
    doc: PDFDocument,
    pages: DrawnQr[][],
    label: string,
    desaPath?: string,
  ) => {
    const bytes = await doc.save();
    const file = join(outDir, path.replace(/^\//, ''));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
    files.push({
      path: path.replace(/^\//, ''),
      kind,
      bytes: bytes.length,
      pages: pages.length,
      qr: pages.map((page) => page.map((code) => code.url)),
      ...(desaPath ? { desa: desaPath } : {}),
    });
    drawnCodes.push(...pages.flat());
    onProgress?.(++done, total, label);
  };

  for (const size of kertas) {
    const paper = PAPERS[size];
    const subject = `Poster QR persyaratan layanan Kecamatan ${kecamatan.nama}, kertas ${paper.label}`;
    const all = await createPdf({
      title: `Poster QR semua desa — Kecamatan ${kecamatan.nama} (${paper.label})`,
      subject,
      author,
      date: printedIso,
    });
    const allPages: DrawnQr[][] = [];
    for (const village of desa) {
      const input = { kecamatan, layanan: posterServices.shown, desa: village, paper, printedOn };
      const title = `Poster QR ${formatDesaName(village)} — Kecamatan ${kecamatan.nama} (${paper.label})`;
      const doc = await createPdf({ title, subject, author, date: printedIso });
      await write(
        paths.posterDesa(village, size),
        'poster-desa',
        doc,
        await renderVillagePoster(doc, input),
        `poster ${village.nama} (${paper.label})`,
        paths.desa(village),
      );
      allPages.push(...(await renderVillagePoster(all, input)));
    }
    await write(paths.posterSemua(size), 'poster-semua', all, allPages, `poster semua desa (${paper.label})`);
  }

  for (const service of layanan) {
    for (const print of ['normal', 'large'] as const) {
      const large = print === 'large';
      const title = `Lembar Persyaratan${large ? ' (huruf besar)' : ''}: ${service.judul} — Kecamatan ${kecamatan.nama}`;
      const doc = await createPdf({ title, subject: service.ringkasan, author, date: service.diperbarui });
      await write(
        large ? paths.lembarBesar(service) : paths.lembar(service),
        large ? 'lembar-besar' : 'lembar',
        doc,
        await renderRequirementSheet(doc, { kecamatan, layanan: service, print }),
        `lembar ${large ? 'huruf besar ' : ''}${service.judul}`,
      );
    }
  }

  // Service fairs: one A4 poster each (issue 5).
  for (const acara of content.acara) {
    const doc = await createPdf({
      title: `Poster ${acara.judul} — Kecamatan ${kecamatan.nama}`,
      subject: acara.lokasi,
      author,
      date: printedIso,
    });
    await write(
      paths.posterAcara(acara),
      'poster-acara',
      doc,
      await renderEventPoster(doc, { kecamatan, acara, layanan, printedOn }),
      `poster ${acara.judul}`,
    );
  }

  return { ...summarise(files, drawnCodes), posterOverflow: posterServices.overflow.map((item) => item.judul) };
}

function summarise(files: PrintableFile[], codes: readonly DrawnQr[]): Omit<PrintablesSummary, 'posterOverflow'> {
  const unique = new Map(codes.map((code) => [code.url, code]));
  const longest = [...unique.values()].reduce((a, b) =>
    printableUrl(b.url).length > printableUrl(a.url).length ? b : a,
  );
  return {
    files,
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    qrCodes: codes.length,
    longestUrl: { url: longest.url, printed: printableUrl(longest.url), version: longest.version },
    denseCodes: [...unique.values()]
      .filter((code) => code.version > MAX_COMFORTABLE_VERSION)
      .map(({ url, version }) => ({ url, version })),
    encodedUrls: [...unique.keys()].sort(),
  };
}
