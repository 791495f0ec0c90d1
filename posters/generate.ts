// Writes every printable file: per village a poster for each paper size, one file with all villages
// per paper size, and a requirement sheet per service in normal and in large print. File names come from
// the URL scheme. Each file comes from a print job (print-jobs.ts; a kecamatan's village posters and
// all-villages files are one job): rendered here or by a worker pool the caller passes in, and taken from
// a cache when its exact inputs were rendered before.
import { join } from 'node:path';
import { formatTanggal } from '../src/core/dates.ts';
import { paths, printableUrl, type Kertas } from '../src/lib/urls.ts';
import type { Content } from '../src/schema/index.ts';
import { today } from '../src/core/clock.ts';
import { MAX_COMFORTABLE_VERSION } from '../src/drawing/qr-code.ts';
import {
  inlineRunner,
  renderCachedJobs,
  type CachedOutput,
  type JobRunner,
  type OutputCache,
} from '../src/drawing/cached-jobs.ts';
import { writeQueue } from '../src/drawing/write-queue.ts';
import type { DrawnQr } from './draw-qr.ts';
import {
  eventPosterJobs,
  printJobWeight,
  sheetJobs,
  villagePostersJob,
  type JobSettings,
  type PrintFile,
  type PrintJob,
} from './print-jobs.ts';
import { selectPosterServices } from './poster-services.ts';
import { renderPrintFiles, type RenderedPdf } from './render-job.ts';

export interface GenerateOptions {
  content: Content;
  outDir: string;
  kertas: readonly Kertas[];
  onProgress?: ((done: number, total: number, label: string) => void) | undefined;
  /** The print-run date printed on posters, YYYY-MM-DD; defaults to today in Asia/Jakarta. */
  printedOn?: string;
  /** Renders jobs elsewhere (src/build/worker-pool.ts); by default one after another in this process. */
  runner?: JobRunner<PrintJob, RenderedPdf[]> | undefined;
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

/** What one unit prints, and what became of it. */
interface UnitRun {
  unit: PrintablesUnit;
  overflow: string[];
  /** The unit's jobs: its village posters (one job for every paper size), then sheets and event posters. */
  jobs: PrintJob[];
  /** Per job, the files it made, in file order. */
  files: PrintableFile[][];
  /** Per job, every code drawn in its files. */
  codes: DrawnQr[][];
}

/**
 * Every unit's printables in one run over the pool, so no thread waits at the end of a kecamatan. Village
 * posters go first, of every unit: each kecamatan's posters are one job, which also makes its
 * all-villages files (village-posters.ts).
 */
export async function generatePrintablesOfEach(options: GenerateManyOptions): Promise<PrintablesRun> {
  const { kertas, onProgress, cache } = options;
  const started = performance.now();
  const printedIso = options.printedOn ?? today();
  const runs: UnitRun[] = options.units.map((unit) => {
    const { kecamatan, desa, layanan } = unit.content;
    const posterServices = selectPosterServices(layanan);
    const settings: JobSettings = { kecamatan, printedIso, printedOn: formatTanggal(printedIso) };
    const jobs: PrintJob[] = [
      villagePostersJob(settings, desa, posterServices.shown, kertas),
      ...sheetJobs(settings, layanan),
      ...eventPosterJobs(settings, unit.content.acara, layanan),
    ];
    const overflow = posterServices.overflow.map((item) => item.judul);
    return { unit, overflow, jobs, files: [], codes: [] };
  });
  const at = runOrder(runs);
  const labelled = (run: UnitRun, label: string) =>
    runs.length > 1 && run.unit.label ? `${run.unit.label}: ${label}` : label;
  const total = at.reduce((sum, { run, index }) => sum + filesOf(run.jobs[index]!).length, 0);
  let done = 0;
  const output = writeQueue();
  // The village posters' time ends when the last unit's all-villages files are made.
  let posterJobsLeft = at.filter(({ run, index }) => run.jobs[index]!.kind === 'poster-desa-semua').length;
  let villagePostersSeconds = 0;

  await renderCachedJobs({
    jobs: at.map(({ run, index }) => run.jobs[index]!),
    namespace: 'pdf',
    inputsOf: (job) => job,
    run: options.runner ?? inlineRunner(renderPrintFiles),
    toEntry,
    fromEntry,
    cache,
    onDone: (position, result, fromCache) => {
      const { run, index } = at[position]!;
      const job = run.jobs[index]!;
      const made = filesOf(job).map((file, i) => ({ file, rendered: result[i]! }));
      run.files[index] = made.map(({ file, rendered }) => {
        output.add(join(run.unit.outDir, file.path), rendered.bytes);
        onProgress?.(++done, total, labelled(run, file.label));
        const desa = file.kind === 'poster-desa' ? paths.desa(file.desa) : undefined;
        return fileOf(file.path, file.kind, rendered, fromCache, desa);
      });
      run.codes[index] = made.flatMap(({ rendered }) => rendered.pages.flat());
      if (job.kind === 'poster-desa-semua' && --posterJobsLeft === 0) {
        villagePostersSeconds = (performance.now() - started) / 1000;
      }
    },
  });
  await output.flush();
  const summaries = runs.map((run) => ({
    ...summarise(run.files.flat(), run.codes.flat()),
    posterOverflow: run.overflow,
  }));
  return { summaries, villagePostersSeconds };
}

/**
 * Where each job goes in the run: every unit's village posters first, the kecamatan with the most desa
 * first, so the threads do not end on a large one while the other waits; then every unit's other files.
 */
function runOrder(runs: readonly UnitRun[]): { run: UnitRun; index: number }[] {
  const all = runs.flatMap((run) => run.jobs.map((_, index) => ({ run, index })));
  const posters = all.filter(({ run, index }) => run.jobs[index]!.kind === 'poster-desa-semua');
  const others = all.filter(({ run, index }) => run.jobs[index]!.kind !== 'poster-desa-semua');
  const weight = ({ run, index }: { run: UnitRun; index: number }) => printJobWeight(run.jobs[index]!);
  return [...posters.sort((a, b) => weight(b) - weight(a)), ...others];
}

/** The files a job makes, in file order: what `renderPrintFiles` returns, one for one. */
function filesOf(job: PrintJob): PrintFile[] {
  if (job.kind !== 'poster-desa-semua') return [job];
  return job.papers.flatMap((paper) => [...paper.posters, paper]);
}

/** A job's files as one cache entry: their bytes end to end, with each one's length and codes. */
function toEntry(files: readonly RenderedPdf[]): CachedOutput {
  const facts = files.map(({ bytes, pages }) => ({ length: bytes.length, pages }));
  return { bytes: Buffer.concat(files.map((file) => file.bytes)), facts };
}

function fromEntry({ bytes, facts }: CachedOutput): RenderedPdf[] {
  let offset = 0;
  return (facts as { length: number; pages: DrawnQr[][] }[]).map(({ length, pages }) => ({
    bytes: bytes.subarray(offset, (offset += length)),
    pages,
  }));
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
