// Writes sw.js after the site is built: the list of files to keep on the phone comes from dist/ itself,
// each with a hash of its content, so the service worker changes (and phones update) exactly when a
// stored page changes. PDFs and images stay out: they are large and not needed to read a page. What
// fits the download budget is decided in precache-plan.ts.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { distFileOf, isStaffPath, paths } from '../lib/urls.ts';
import { planPrecache, PRECACHE_BUDGET_GZIP, type BuiltFile } from './precache-plan.ts';
import { scriptsReachableFrom } from './public-scripts.ts';
import { mapFiles } from './map-files.ts';
import { ASSETS } from './own-assets.ts';
import { SVELTIA_FOLDER } from '../editor/sveltia-location.ts';

/** The editor's Sveltia CMS (sveltia-files.ts): for /admin/ alone, and too large to read for names. */
const SVELTIA_FILES = `${ASSETS}/${SVELTIA_FOLDER}/`;

export interface Precache {
  /** Site path → first 16 hex digits of the file's SHA-256. */
  entries: Record<string, string>;
  bytes: number;
  gzipBytes: number;
  /** Pages over the download budget: kept on the phone only once opened. */
  deferred: number;
}

/**
 * Which files of dist/ a phone may keep: every page except the 404 and staff pages, the scripts those
 * pages load (not the editor's), the manifest and icons.
 */
function isPrecached(file: string): boolean {
  if (file === '404.html' || isStaffPath(`/${file}`) || file.startsWith(SVELTIA_FILES)) return false;
  return /\.(html|js|webmanifest)$/.test(file) || /^ikon-[\w-]+\.png$/.test(file) || file === 'favicon.svg';
}

/** Drops the scripts no public page can load (the editor's chunks). */
function withoutStaffScripts(files: readonly StoredFile[]): StoredFile[] {
  const texts = (suffix: string) =>
    files.filter(({ file }) => file.endsWith(suffix)).map(({ file, body }) => ({ file, text: body.toString('utf8') }));
  const reachable = scriptsReachableFrom(texts('.html'), texts('.js'));
  return files.filter(({ file }) => !file.endsWith('.js') || reachable.has(file));
}

interface StoredFile {
  file: string;
  body: Buffer;
}

export async function writeServiceWorker(outDir: string, budget = PRECACHE_BUDGET_GZIP): Promise<Precache> {
  const serviceWorkerFile = distFileOf(paths.serviceWorker()).slice(1);
  const files = (await readdir(outDir, { recursive: true }))
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file !== serviceWorkerFile && isPrecached(file))
    .sort();
  // Each file read once; zlib compresses on libuv's threads, several at a time.
  const read = await mapFiles(files, async (file) => ({ file, body: await readFile(join(outDir, file)) }));
  const stored = withoutStaffScripts(read);
  const built: (BuiltFile & { hash: string })[] = await mapFiles(stored, async ({ file, body }) => ({
    path: `/${file}`.replace(/(^|\/)index\.html$/, '$1'),
    hash: createHash('sha256').update(body).digest('hex').slice(0, 16),
    bytes: body.length,
    gzipBytes: (await gzip(body)).length,
  }));
  const plan = planPrecache(built, budget);
  const entries = Object.fromEntries(plan.precached.map((file) => [file.path, file.hash]));
  const template = await readFile(new URL('../sw/service-worker.js', import.meta.url), 'utf8');
  const header = `const PRECACHE = ${JSON.stringify(entries)};\nconst OFFLINE_PATH = ${JSON.stringify(paths.offline())};\n`;
  await writeFile(join(outDir, serviceWorkerFile), header + template);
  return {
    entries,
    bytes: sum(plan.precached.map((file) => file.bytes)),
    gzipBytes: sum(plan.precached.map((file) => file.gzipBytes)),
    deferred: plan.deferred.length,
  };
}

const gzip = promisify(gzipCallback);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
