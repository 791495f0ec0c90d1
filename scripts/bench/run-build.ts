// One `npm run build` as staff run it, in its own process: wall time, the timings and peak memory it
// records with --ringkasan, and how many PDFs and PNGs it drew rather than took from the cache.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface BuildRecord {
  seconds: number;
  siteSeconds: number;
  printablesSeconds: number;
  /** Of printablesSeconds, until the village posters and all-villages files were done (they go first). */
  villagePostersSeconds: number;
  imagesSeconds: number;
  peakMemoryBytes: number;
  pages: number;
  precache: { files: number; bytes: number; gzipBytes: number; deferred: number };
  printables: { files: { path: string; kind: string; qr: string[][]; fromCache: boolean }[] };
  images: { path: string; kind: string; fromCache: boolean }[];
}

export interface BuildRun {
  contentDir: string;
  distDir: string;
  /** The cache folder, or "off". */
  cache: string;
  kertas: string;
  env: NodeJS.ProcessEnv;
  /** Extra flags, e.g. ["--kecamatan", "kemlagi"]. */
  extra?: string[];
}

export async function runBuild(run: BuildRun): Promise<BuildRecord> {
  const summaryFile = join(run.distDir, '..', `ringkasan-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const started = performance.now();
  await promisify(execFile)(
    process.execPath,
    [
      'scripts/build.ts',
      '--konten',
      run.contentDir,
      '--keluar',
      run.distDir,
      '--kertas',
      run.kertas,
      '--cache',
      run.cache,
      '--ringkasan',
      summaryFile,
      ...(run.extra ?? []),
    ],
    { env: run.env, maxBuffer: 256 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  return { ...(JSON.parse(await readFile(summaryFile, 'utf8')) as Omit<BuildRecord, 'seconds'>), seconds };
}

/** Files the build drew itself (not from the cache). */
export function drawnCount(record: BuildRecord): number {
  return [...record.printables.files, ...record.images].filter((file) => !file.fromCache).length;
}

/** Sums builds made one after another (one kecamatan each): times and counts add, memory is the peak. */
export function sumBuilds(records: readonly BuildRecord[]): BuildRecord {
  const add = (pick: (record: BuildRecord) => number) => records.reduce((sum, record) => sum + pick(record), 0);
  return {
    seconds: add((r) => r.seconds),
    siteSeconds: add((r) => r.siteSeconds),
    printablesSeconds: add((r) => r.printablesSeconds),
    villagePostersSeconds: add((r) => r.villagePostersSeconds),
    imagesSeconds: add((r) => r.imagesSeconds),
    peakMemoryBytes: Math.max(...records.map((r) => r.peakMemoryBytes)),
    pages: add((r) => r.pages),
    precache: records[0]!.precache,
    printables: { files: records.flatMap((r) => r.printables.files) },
    images: records.flatMap((r) => r.images),
  };
}
