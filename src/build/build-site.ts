// Builds the whole publication into one folder: the Astro site with the images for sharing drawn beside
// it, then the posters and sheets. A kabupaten's build is one site: its home at the root and each kecamatan under its path,
// with that kecamatan's posters, sheets, images, icons and service worker beside its pages.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build as astroBuild } from 'astro';
import type { PrintablesSummary } from '../../posters/generate.ts';
import type { KecamatanSite, Wilayah } from '../lib/content/load-wilayah.ts';
import { handWilayah } from '../lib/content/build-wilayah.ts';
import type { Kertas } from '../lib/urls.ts';
import type { OutputCache } from '../drawing/cached-jobs.ts';
import { writeAppIcons } from './app-icons.ts';
import { ASSETS, giveOwnAssets } from './own-assets.ts';
import type { ImageFile } from '../images/generate.ts';
import { imagesBesideSite } from './images-beside-site.ts';
import { kecamatanOutDir, mergePrintables, printablesOfEach } from './kecamatan-builds.ts';
import type { RenderPool } from './worker-pool.ts';
import { PRECACHE_BUDGET_GZIP } from './precache-plan.ts';
import { writeServiceWorker } from './service-worker.ts';
import { writeHostFiles } from './host-files.ts';
import { placeSveltia, startSveltiaBundle } from './sveltia-files.ts';

export interface BuildOptions {
  wilayah: Wilayah;
  /**
   * What of a kabupaten's site to write: everything (the default); `kecamatan`, the folders of the kecamatan
   * in `wilayah` alone (--kecamatan); or `beranda`, what lies outside every kecamatan's folder (--beranda:
   * the kabupaten's home, 404, robots.txt, sitemap.xml, _headers, _redirects), no PDFs or images. A CI
   * matrix runs one job per kecamatan and one --beranda job, and publishes their folders together.
   */
  scope?: 'semua' | 'kecamatan' | 'beranda';
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
  /** Per kecamatan, in the order of wilayah.kecamatan (one entry for a lone kecamatan). */
  printablesOfKecamatan: PrintablesSummary[];
  printablesSeconds: number;
  /** Of printablesSeconds, until every village poster and all-villages file was made (they go first). */
  villagePostersSeconds: number;
  images: ImageFile[];
  imagesSeconds: number;
  /** What a phone stores for offline use after the first visit (every kecamatan's added up). */
  precache: { files: number; bytes: number; gzipBytes: number; deferred: number };
}

export async function buildSite(options: BuildOptions): Promise<BuildSummary> {
  const { wilayah, outDir, kertas, log, scope = 'semua' } = options;
  const { pool, cache } = options;
  const render = { pool, cache };
  // Only the kecamatan whose folders this build publishes.
  const sites = scope === 'beranda' ? [] : wilayah.kecamatan;
  log(sites.length > 0 ? 'Membangun situs dan gambar untuk pratinjau tautan dan media sosial…' : 'Membangun situs…');
  // Drawn while Astro builds the site (images-beside-site.ts).
  const images = sites.length > 0 ? imagesBesideSite(sites, outDir, options.onImageProgress, render) : undefined;
  try {
    await images?.cacheRead;
    const { pages, siteSeconds } = await buildPages(options, sites, () => images?.draw());
    const { files: imageFiles, seconds: imagesSeconds } = (await images?.finish()) ?? { files: [], seconds: 0 };
    log(`✓ Situs: ${pages} halaman dalam ${siteSeconds.toFixed(1)} detik.`);
    for (const site of sites) await writeAppIcons(kecamatanOutDir(outDir, site));
    if (sites.length === 0) return siteOnly(pages, siteSeconds);

    log('Membuat poster dan lembar persyaratan…');
    const printStart = performance.now();
    const { summaries: printablesOfKecamatan, villagePostersSeconds } = await printablesOfEach(
      sites,
      outDir,
      kertas,
      options.onPosterProgress,
      render,
    );
    const printablesSeconds = (performance.now() - printStart) / 1000;
    const precache = await writeServiceWorkers(outDir, sites, log);
    return {
      pages,
      siteSeconds,
      printables: mergePrintables(printablesOfKecamatan),
      printablesOfKecamatan,
      printablesSeconds,
      villagePostersSeconds,
      images: imageFiles,
      imagesSeconds,
      precache,
    };
  } finally {
    // A failed site build must not leave the images' drawing waiting or running, or their folder behind.
    await images?.cleanup();
  }
}

/** The Astro site and what goes beside it (host files, each kecamatan's own assets, the editor). */
async function buildPages(
  options: BuildOptions,
  sites: readonly KecamatanSite[],
  beforeAstro: () => void,
): Promise<{ pages: number; siteSeconds: number }> {
  const { wilayah, outDir, scope = 'semua' } = options;
  const siteStart = performance.now();
  // The editor's Sveltia CMS (sveltia-files.ts) for every editor page published. Bundled before Astro
  // starts, not beside it: the bundler's process needs most of a gigabyte, and together with Astro's
  // the build went over its memory budget (1.5 GB for a kabupaten) for a second or two saved.
  const sveltia = sites.length > 0 ? startSveltiaBundle(renderCacheDir(options.cache)) : undefined;
  try {
    await sveltia?.dir;
    // astro.config.mjs and the pages take the content loaded for this build (build-wilayah.ts), so they
    // show what the posters are drawn from, without reading it again. The staff pages still find files
    // beside the content (dicetak.json) by each kecamatan's folder.
    const taken = handWilayah(wilayah);
    beforeAstro();
    await astroBuild({ outDir, logLevel: 'warn' }).finally(taken);
    const rootSitus = wilayah.kabupaten?.situs ?? wilayah.kecamatan[0]!.content.kecamatan.situs;
    if (scope !== 'kecamatan') await writeHostFiles(outDir, wilayah);
    if (scope === 'beranda') await removeKecamatanFolders(outDir, wilayah.kecamatan);
    for (const site of sites) {
      await giveOwnAssets(outDir, rootSitus, site.content.kecamatan.situs, kecamatanOutDir(outDir, site));
    }
    if (scope === 'kecamatan') await keepOnlyKecamatan(outDir, sites);
    if (sveltia)
      await placeSveltia(
        await sveltia.dir,
        sites.map((site) => join(kecamatanOutDir(outDir, site), ASSETS)),
      );
  } finally {
    await sveltia?.cleanup();
  }
  const siteSeconds = (performance.now() - siteStart) / 1000;
  const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html')).length;
  return { pages, siteSeconds };
}

/** Last, so that the hashes describe the files exactly as published. One per kecamatan, scoped to its path. */
async function writeServiceWorkers(
  outDir: string,
  sites: readonly KecamatanSite[],
  log: (line: string) => void,
): Promise<BuildSummary['precache']> {
  const precache = { files: 0, bytes: 0, gzipBytes: 0, deferred: 0 };
  for (const site of sites) {
    const made = await writeServiceWorker(kecamatanOutDir(outDir, site));
    precache.files += Object.keys(made.entries).length;
    precache.bytes += made.bytes;
    precache.gzipBytes += made.gzipBytes;
    precache.deferred += made.deferred;
  }
  log(
    `✓ Tersimpan di HP untuk dibuka tanpa sinyal: ${precache.files} berkas, ${precache.bytes} byte (${precache.gzipBytes} byte terkompresi gzip).`,
  );
  if (precache.deferred > 0) {
    log(
      `  ${precache.deferred} halaman lain melebihi batas unduhan ${PRECACHE_BUDGET_GZIP} byte; halaman itu tersimpan di HP setelah dibuka sekali.`,
    );
  }
  return precache;
}

/** The --beranda build's summary: pages only, no PDFs, images or service worker. */
function siteOnly(pages: number, siteSeconds: number): BuildSummary {
  const none = { files: [], totalBytes: 0, qrCodes: 0, denseCodes: [], posterOverflow: [], encodedUrls: [] };
  const printables = { ...none, longestUrl: { url: '', printed: '', version: 0 } };
  return {
    pages,
    siteSeconds,
    printables,
    printablesOfKecamatan: [],
    printablesSeconds: 0,
    villagePostersSeconds: 0,
    images: [],
    imagesSeconds: 0,
    precache: { files: 0, bytes: 0, gzipBytes: 0, deferred: 0 },
  };
}

/** The render cache's folder, where the editor's bundle is kept too (none with --cache off). */
function renderCacheDir(cache: OutputCache | undefined): string | undefined {
  return cache && 'dir' in cache && typeof cache.dir === 'string' ? cache.dir : undefined;
}

/**
 * A build of some kecamatan of a kabupaten keeps their folders only, each complete with its own scripts
 * (own-assets.ts): the kabupaten's home, 404, robots.txt and sitemap.xml, which Astro also writes, would
 * list only the kecamatan built here, so they come from a build of the whole kabupaten.
 */
/** The --beranda build renders every kecamatan's pages (for the policies in _headers) but publishes none. */
async function removeKecamatanFolders(outDir: string, sites: readonly { base: string }[]): Promise<void> {
  for (const { base } of sites) await rm(join(outDir, base.split('/')[1]!), { recursive: true, force: true });
}

async function keepOnlyKecamatan(outDir: string, sites: readonly { base: string }[]): Promise<void> {
  const kept = new Set(sites.map(({ base }) => base.split('/')[1]!));
  for (const entry of await readdir(outDir)) {
    if (!kept.has(entry)) await rm(join(outDir, entry), { recursive: true, force: true });
  }
}
