// Builds the whole publication into one folder: the Astro site, the posters and sheets, then the images
// for sharing.
import { readdir } from 'node:fs/promises';
import { build as astroBuild } from 'astro';
import type { Content } from '../schema/index.ts';
import { generateImages, type ImageFile } from '../images/generate.ts';
import { generatePrintables, type PrintablesSummary } from '../../posters/generate.ts';
import type { Kertas } from '../lib/urls.ts';
import type { OutputCache } from '../drawing/cached-jobs.ts';
import { writeAppIcons } from './app-icons.ts';
import type { RenderPool } from './worker-pool.ts';
import { PRECACHE_BUDGET_GZIP } from './precache-plan.ts';
import { writeServiceWorker } from './service-worker.ts';
import { writeHostFiles } from './host-files.ts';

export interface BuildOptions {
  content: Content;
  outDir: string;
  kertas: Kertas[];
  log: (line: string) => void;
  onPosterProgress?: (done: number, total: number, label: string) => void;
  onImageProgress?: (done: number, total: number, label: string) => void;
  /** Worker threads for PDFs and PNGs (worker-pool.ts); without it everything is drawn in this process. */
  pool?: RenderPool | undefined;
  /** Files drawn by earlier builds (render-cache.ts). */
  cache?: OutputCache | undefined;
}

export interface BuildSummary {
  pages: number;
  siteSeconds: number;
  printables: PrintablesSummary;
  printablesSeconds: number;
  images: ImageFile[];
  imagesSeconds: number;
  /** What a phone stores for offline use after the first visit. */
  precache: { files: number; bytes: number; gzipBytes: number; deferred: number };
}

export async function buildSite(options: BuildOptions): Promise<BuildSummary> {
  const { content, outDir, kertas, log } = options;
  log('Membangun situs…');
  const siteStart = performance.now();
  // The content folder travels in PELITA_CONTENT, which astro.config.mjs and the collections read.
  await astroBuild({ outDir, logLevel: 'warn' });
  await writeHostFiles(outDir, content);
  const siteSeconds = (performance.now() - siteStart) / 1000;
  const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html')).length;
  log(`✓ Situs: ${pages} halaman dalam ${siteSeconds.toFixed(1)} detik.`);
  await writeAppIcons(outDir);

  log('Membuat poster dan lembar persyaratan…');
  const printStart = performance.now();
  const { pool, cache } = options;
  const printables = await generatePrintables({
    content,
    outDir,
    kertas,
    onProgress: options.onPosterProgress,
    runner: pool?.pdf,
    cache,
  });
  const printablesSeconds = (performance.now() - printStart) / 1000;

  log('Membuat gambar untuk pratinjau tautan dan media sosial…');
  const imageStart = performance.now();
  const images = await generateImages({
    content,
    outDir,
    onProgress: options.onImageProgress,
    runner: pool?.png,
    cache,
  });
  const imagesSeconds = (performance.now() - imageStart) / 1000;

  // Last, so that the hashes describe the files exactly as published.
  const { entries, bytes, gzipBytes, deferred } = await writeServiceWorker(outDir);
  const precache = { files: Object.keys(entries).length, bytes, gzipBytes, deferred };
  log(
    `✓ Tersimpan di HP untuk dibuka tanpa sinyal: ${precache.files} berkas, ${bytes} byte (${gzipBytes} byte terkompresi gzip).`,
  );
  if (deferred > 0) {
    log(
      `  ${deferred} halaman lain melebihi batas unduhan ${PRECACHE_BUDGET_GZIP} byte; halaman itu tersimpan di HP setelah dibuka sekali.`,
    );
  }
  return { pages, siteSeconds, printables, printablesSeconds, images, imagesSeconds, precache };
}
