// Writes every printable file: per village a poster for each paper size, one file with all villages
// per paper size, and a requirement sheet per service in normal and in large print. File names come from
// the URL scheme. Each file is a print job (print-jobs.ts): rendered here or by a worker pool the caller
// passes in, and taken from a cache when its exact inputs were rendered before.
import { join } from 'node:path';
import { formatTanggal } from '../src/core/dates.ts';
import { paths, printableUrl, type Kertas } from '../src/lib/urls.ts';
import type { Content } from '../src/schema/index.ts';
import { today } from '../src/core/clock.ts';
import { MAX_COMFORTABLE_VERSION } from '../src/drawing/qr-code.ts';
import {
  hashBytes,
  inlineRunner,
  renderCachedJobs,
  type JobRunner,
  type OutputCache,
} from '../src/drawing/cached-jobs.ts';
import { writeQueue } from '../src/drawing/write-queue.ts';
import { combinePdfs } from './combine-pdfs.ts';
import { PAPERS } from './paper.ts';
import type { PdfMetadata } from './pdf-file.ts';
import type { DrawnQr } from './draw-qr.ts';
import {
  allVillagesMetadata,
  eventPosterJobs,
  sheetJobs,
  villagePosterJobs,
  type JobSettings,
  type PrintJob,
} from './print-jobs.ts';
import { selectPosterServices } from './poster-services.ts';
import { renderPrintJob, type RenderedPdf } from './render-job.ts';

export interface GenerateOptions {
  content: Content;
  outDir: string;
  kertas: readonly Kertas[];
  onProgress?: ((done: number, total: number, label: string) => void) | undefined;
  /** The print-run date printed on posters, YYYY-MM-DD; defaults to today in Asia/Jakarta. */
  printedOn?: string;
  /** Renders jobs elsewhere (src/build/worker-pool.ts); by default one after another in this process. */
  runner?: JobRunner<PrintJob, RenderedPdf> | undefined;
  /** Files rendered by earlier builds, by their inputs (src/build/render-cache.ts). */
  cache?: OutputCache | undefined;
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
  /** True when the file came from the cache instead of being drawn. */
  fromCache: boolean;
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
  const { content, outDir, kertas, onProgress, cache } = options;
  const { kecamatan, desa, layanan } = content;
  const posterServices = selectPosterServices(layanan);
  const printedIso = options.printedOn ?? today();
  const settings: JobSettings = { kecamatan, printedIso, printedOn: formatTanggal(printedIso) };
  const posterJobs = kertas.map((size) => villagePosterJobs(settings, desa, posterServices.shown, size));
  const jobs: PrintJob[] = [
    ...posterJobs.flat(),
    ...sheetJobs(settings, layanan),
    ...eventPosterJobs(settings, content.acara, layanan),
  ];
  const total = jobs.length + kertas.length;
  let done = 0;
  const rendered: RenderedPdf[] = new Array(jobs.length);
  const files: PrintableFile[] = new Array(jobs.length);
  const output = writeQueue();
  await renderCachedJobs({
    jobs,
    namespace: 'pdf',
    inputsOf: (job) => job,
    run: options.runner ?? inlineRunner(renderPrintJob),
    toEntry: ({ bytes, pages }) => ({ bytes, facts: pages }),
    fromEntry: ({ bytes, facts }) => ({ bytes, pages: facts as DrawnQr[][] }),
    cache,
    onDone: (index, result, fromCache) => {
      const job = jobs[index]!;
      // Only village posters' bytes are needed again (for the all-villages file); the rest are written out.
      rendered[index] = job.kind === 'poster-desa' ? result : { bytes: new Uint8Array(0), pages: result.pages };
      files[index] = fileOf(
        job.path,
        job.kind,
        result,
        fromCache,
        job.kind === 'poster-desa' ? paths.desa(job.desa) : undefined,
      );
      output.add(join(outDir, job.path), result.bytes);
      onProgress?.(++done, total, job.label);
    },
  });

  // The all-villages file of each paper size, from the single-village files just made, in content order.
  const ordered: PrintableFile[] = [];
  const drawnCodes: DrawnQr[] = [];
  let offset = 0;
  for (const [at, size] of kertas.entries()) {
    const count = posterJobs[at]!.length;
    const parts = rendered.slice(offset, offset + count);
    ordered.push(...files.slice(offset, offset + count));
    offset += count;
    const [all] = await renderCachedJobs<CombineJob, RenderedPdf>({
      jobs: [{ parts, metadata: allVillagesMetadata(settings, size) }],
      namespace: 'pdf-semua',
      // Exactly what the file is made of: its metadata and the bytes of every part, in order.
      inputsOf: (job) => ({ metadata: job.metadata, parts: job.parts.map((part) => hashBytes(part.bytes)) }),
      run: inlineRunner(async (job) => ({
        bytes: await combinePdfs(
          job.parts.map((part) => part.bytes),
          job.metadata,
        ),
        pages: job.parts.flatMap((part) => part.pages),
      })),
      toEntry: ({ bytes, pages }) => ({ bytes, facts: pages }),
      fromEntry: ({ bytes, facts }) => ({ bytes, pages: facts as DrawnQr[][] }),
      cache,
    });
    const path = paths.posterSemua(size).replace(/^\//, '');
    output.add(join(outDir, path), all!.result.bytes);
    ordered.push(fileOf(path, 'poster-semua', all!.result, all!.fromCache));
    drawnCodes.push(...all!.result.pages.flat());
    onProgress?.(++done, total, `poster semua desa (${PAPERS[size].label})`);
  }
  ordered.push(...files.slice(offset));
  await output.flush();
  drawnCodes.push(...rendered.flatMap((item) => item.pages.flat()));
  return { ...summarise(ordered, drawnCodes), posterOverflow: posterServices.overflow.map((item) => item.judul) };
}

interface CombineJob {
  parts: RenderedPdf[];
  metadata: PdfMetadata;
}

function fileOf(
  path: string,
  kind: PrintableFile['kind'],
  { bytes, pages }: RenderedPdf,
  fromCache: boolean,
  desaPath?: string,
): PrintableFile {
  return {
    path,
    kind,
    bytes: bytes.length,
    pages: pages.length,
    qr: pages.map((page) => page.map((code) => code.url)),
    ...(desaPath ? { desa: desaPath } : {}),
    fromCache,
  };
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
