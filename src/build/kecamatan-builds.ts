// The outputs a build makes once per kecamatan, each under its own path (a kabupaten's site holds every
// kecamatan at /<slug>/): posters and sheets, images, home-screen icons, the service worker (its scope is
// the kecamatan's path), and the summary of all of them together for the report and the benchmark.
import { join } from 'node:path';
import { generateImagesOfEach, type ImageFile } from '../images/generate.ts';
import type { KecamatanSite } from '../lib/content/load-wilayah.ts';
import { generatePrintablesOfEach, type PrintablesSummary } from '../../posters/generate.ts';
import type { Kertas } from '../lib/urls.ts';
import type { OutputCache } from '../drawing/cached-jobs.ts';
import type { RenderPool } from './worker-pool.ts';

/** How files are drawn: on the worker pool (worker-pool.ts) and through the cache (render-cache.ts), if given. */
export interface RenderOptions {
  pool?: RenderPool | undefined;
  cache?: OutputCache | undefined;
}

/** Where a kecamatan's files go inside the build folder. */
export function kecamatanOutDir(outDir: string, site: Pick<KecamatanSite, 'base'>): string {
  return join(outDir, site.base);
}

/** Paths under the build folder, not under the kecamatan's: "magersari/poster/desa-wates-a4.pdf". */
function underBase<T extends { path: string }>(base: string, files: readonly T[]): T[] {
  const prefix = base.slice(1);
  return files.map((file) => ({ ...file, path: `${prefix}${file.path}` }));
}

/** Every kecamatan's posters and sheets in one run over the pool (posters/generate.ts). */
export async function printablesOfEach(
  sites: readonly KecamatanSite[],
  outDir: string,
  kertas: readonly Kertas[],
  onProgress?: (done: number, total: number, label: string) => void,
  render: RenderOptions = {},
): Promise<{ summaries: PrintablesSummary[]; villagePostersSeconds: number }> {
  const { summaries, villagePostersSeconds } = await generatePrintablesOfEach({
    units: sites.map((site) => ({
      content: site.content,
      outDir: kecamatanOutDir(outDir, site),
      label: site.content.kecamatan.nama,
    })),
    kertas,
    onProgress,
    runner: render.pool?.pdf,
    cache: render.cache,
  });
  return {
    summaries: summaries.map((summary, index) => ({ ...summary, files: underBase(sites[index]!.base, summary.files) })),
    villagePostersSeconds,
  };
}

/** When the images not in the cache are drawn, and who hears that the cache has been read. */
export interface ImagesTiming {
  drawAfter?: Promise<unknown>;
  onLookedUp?: () => void;
}

/** Every kecamatan's images in one run over the pool (src/images/generate.ts). */
export async function imagesOfEach(
  sites: readonly KecamatanSite[],
  outDir: string,
  onProgress?: (done: number, total: number, label: string) => void,
  render: RenderOptions = {},
  timing: ImagesTiming = {},
): Promise<ImageFile[]> {
  const made = await generateImagesOfEach({
    units: sites.map((site) => ({
      content: site.content,
      outDir: kecamatanOutDir(outDir, site),
      label: site.content.kecamatan.nama,
    })),
    onProgress,
    runner: render.pool?.png,
    cache: render.cache,
    ...timing,
  });
  return made.flatMap((files, index) => underBase(sites[index]!.base, files));
}

/** One summary for the whole build: a lone kecamatan's own, or every kecamatan's added up. */
export function mergePrintables(summaries: readonly PrintablesSummary[]): PrintablesSummary {
  if (summaries.length === 1) return summaries[0]!;
  const longest = summaries
    .map((summary) => summary.longestUrl)
    .reduce((a, b) => (b.printed.length > a.printed.length ? b : a));
  return {
    files: summaries.flatMap((summary) => summary.files),
    totalBytes: summaries.reduce((sum, summary) => sum + summary.totalBytes, 0),
    qrCodes: summaries.reduce((sum, summary) => sum + summary.qrCodes, 0),
    longestUrl: longest,
    denseCodes: summaries.flatMap((summary) => summary.denseCodes),
    posterOverflow: summaries.flatMap((summary) => summary.posterOverflow),
    encodedUrls: [...new Set(summaries.flatMap((summary) => summary.encodedUrls))].sort(),
  };
}
