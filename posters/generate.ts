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
  type VillagePosterJob,
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

/** One kecamatan's content and the folder its printables go to. */
export interface PrintablesUnit {
  content: Content;
  outDir: string;
  /** Put before each progress label when there are several units (the kecamatan's name). */
  label?: string;
}

export interface GenerateManyOptions extends Omit<GenerateOptions, 'content' | 'outDir'> {
  units: readonly PrintablesUnit[];
}

export interface PrintablesRun {
  /** Per unit, in the order given. */
  summaries: PrintablesSummary[];
  /** From the start until every village poster and all-villages file was made (they are made first). */
  villagePostersSeconds: number;
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
  const { content, outDir, ...rest } = options;
  const { summaries } = await generatePrintablesOfEach({ ...rest, units: [{ content, outDir }] });
  return summaries[0]!;
}

/** What one unit prints, and what became of it so far. */
interface UnitRun {
  unit: PrintablesUnit;
  settings: JobSettings;
  overflow: string[];
  /** Per paper size, one job per village. */
  posterJobs: VillagePosterJob[][];
  /** The unit's jobs in file order: its village posters, paper by paper, then sheets and event posters. */
  jobs: PrintJob[];
  rendered: RenderedPdf[];
  files: PrintableFile[];
  postersLeft: number;
  combined?: Promise<OrderedFile[]>;
}

/**
 * Every unit's printables in one run over the pool, so no thread waits at the end of a kecamatan. Village
 * posters go first, of every unit; a unit's all-villages files are assembled in this process as soon as
 * its posters are in, while the threads draw the sheets.
 */
export async function generatePrintablesOfEach(options: GenerateManyOptions): Promise<PrintablesRun> {
  const { kertas, onProgress, cache } = options;
  const started = performance.now();
  const printedIso = options.printedOn ?? today();
  const runs: UnitRun[] = options.units.map((unit) => {
    const { kecamatan, desa, layanan } = unit.content;
    const posterServices = selectPosterServices(layanan);
    const settings: JobSettings = { kecamatan, printedIso, printedOn: formatTanggal(printedIso) };
    const posterJobs = kertas.map((size) => villagePosterJobs(settings, desa, posterServices.shown, size));
    const jobs: PrintJob[] = [
      ...posterJobs.flat(),
      ...sheetJobs(settings, layanan),
      ...eventPosterJobs(settings, unit.content.acara, layanan),
    ];
    const postersLeft = posterJobs.flat().length;
    const overflow = posterServices.overflow.map((item) => item.judul);
    return { unit, settings, overflow, posterJobs, jobs, rendered: [], files: [], postersLeft };
  });
  // Every unit's village posters, then every unit's other files; `at` finds a job's unit and place.
  const at: { run: UnitRun; index: number }[] = [];
  for (const run of runs) run.jobs.slice(0, run.postersLeft).forEach((_, index) => at.push({ run, index }));
  for (const run of runs) {
    run.jobs.slice(run.postersLeft).forEach((_, index) => at.push({ run, index: run.postersLeft + index }));
  }
  const labelled = (run: UnitRun, label: string) =>
    runs.length > 1 && run.unit.label ? `${run.unit.label}: ${label}` : label;
  const total = at.length + runs.length * kertas.length;
  let done = 0;
  const progress = (label: string) => onProgress?.(++done, total, label);
  const output = writeQueue();
  // The village posters' time ends when the last unit's all-villages files are made.
  let unitsCombined = 0;
  let villagePostersSeconds = 0;
  const combine = (run: UnitRun) =>
    combineVillagePosters(run, kertas, cache, output, (label) => progress(labelled(run, label))).then((files) => {
      if (++unitsCombined === runs.length) villagePostersSeconds = (performance.now() - started) / 1000;
      return files;
    });
  for (const run of runs) if (run.postersLeft === 0) run.combined = combine(run);

  await renderCachedJobs({
    jobs: at.map(({ run, index }) => run.jobs[index]!),
    namespace: 'pdf',
    inputsOf: (job) => job,
    run: options.runner ?? inlineRunner(renderPrintJob),
    toEntry: ({ bytes, pages }) => ({ bytes, facts: pages }),
    fromEntry: ({ bytes, facts }) => ({ bytes, pages: facts as DrawnQr[][] }),
    cache,
    onDone: (position, result, fromCache) => {
      const { run, index } = at[position]!;
      const job = run.jobs[index]!;
      const poster = job.kind === 'poster-desa';
      // Only village posters' bytes are needed again (for the all-villages file); the rest are written out.
      run.rendered[index] = poster ? result : { bytes: new Uint8Array(0), pages: result.pages };
      run.files[index] = fileOf(job.path, job.kind, result, fromCache, poster ? paths.desa(job.desa) : undefined);
      output.add(join(run.unit.outDir, job.path), result.bytes);
      progress(labelled(run, job.label));
      if (poster && --run.postersLeft === 0) run.combined = combine(run);
    },
  });
  const combined = await Promise.all(runs.map((run) => run.combined!));
  await output.flush();
  const summaries = runs.map((run, unit) => {
    const posters = run.posterJobs.flat().length;
    const ordered = [...combined[unit]!, ...run.files.slice(posters)];
    const drawnCodes = [
      ...combined[unit]!.filter((file) => file.kind === 'poster-semua').flatMap((file) => file.drawn ?? []),
      ...run.rendered.flatMap((item) => item.pages.flat()),
    ];
    return { ...summarise(ordered.map(withoutDrawn), drawnCodes), posterOverflow: run.overflow };
  });
  return { summaries, villagePostersSeconds };
}

/**
 * The all-villages file of each paper size, from the unit's single-village files, in content order.
 * Returns the village posters and all-villages files in file order (each paper's posters, then its file).
 */
async function combineVillagePosters(
  run: UnitRun,
  kertas: readonly Kertas[],
  cache: OutputCache | undefined,
  output: ReturnType<typeof writeQueue>,
  progress: (label: string) => void,
): Promise<OrderedFile[]> {
  const ordered: OrderedFile[] = [];
  let offset = 0;
  for (const [index, size] of kertas.entries()) {
    const count = run.posterJobs[index]!.length;
    const parts = run.rendered.slice(offset, offset + count);
    ordered.push(...run.files.slice(offset, offset + count));
    offset += count;
    const [all] = await renderCachedJobs<CombineJob, RenderedPdf>({
      jobs: [{ parts, metadata: allVillagesMetadata(run.settings, size) }],
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
    output.add(join(run.unit.outDir, path), all!.result.bytes);
    ordered.push({ ...fileOf(path, 'poster-semua', all!.result, all!.fromCache), drawn: all!.result.pages.flat() });
    progress(`poster semua desa (${PAPERS[size].label})`);
  }
  // The parts' bytes are in the files now; drop them so a province's posters do not pile up in memory.
  for (let index = 0; index < offset; index++)
    run.rendered[index] = { ...run.rendered[index]!, bytes: new Uint8Array(0) };
  return ordered;
}

/** A file as the summary lists it, with the codes of an all-villages file until they are counted. */
type OrderedFile = PrintableFile & { drawn?: DrawnQr[] };

function withoutDrawn({ drawn: _, ...file }: OrderedFile): PrintableFile {
  return file;
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
