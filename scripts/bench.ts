// `npm run bench`: builds the sample content and a generated large set, and prints what it measured.
// Figures, not pass/fail: budgets are guarded by tests, speed is watched here.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { encodeQr } from '../src/drawing/qr-code.ts';
import { loadContentOrThrow } from '../src/lib/content/load-content.ts';
import { absoluteUrl, paths } from '../src/lib/urls.ts';
import { generateContent } from './bench/generate-content.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { measureDist } from './bench/measure-dist.ts';

const REALISTIC_SITUS = 'https://kemlagi.mojokertokab.go.id/';
const work = await mkdtemp(join(tmpdir(), 'pelita-bench-'));

try {
  const largeDir = join(work, 'konten-besar');
  await generateContent('content', largeDir, { layanan: 1000, desa: 300 });
  for (const [name, dir] of [
    ['contoh (content/)', 'content'],
    ['besar (1.000 layanan, 300 desa)', largeDir],
  ] as const) {
    console.log(`\n== ${name}`);
    await benchSet(dir, join(work, name.split(' ')[0]!), dir === 'content');
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

async function benchSet(contentDir: string, outRoot: string, withLighthouse: boolean): Promise<void> {
  const content = await loadContentOrThrow(contentDir);
  const distDir = join(outRoot, 'dist');
  const summaryFile = join(outRoot, 'ringkasan.json');
  const started = performance.now();
  await promisify(execFile)(
    process.execPath,
    ['scripts/build.ts', '--konten', contentDir, '--keluar', distDir, '--ringkasan', summaryFile],
    {
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const totalSeconds = (performance.now() - started) / 1000;
  const summary = JSON.parse(await readFile(summaryFile, 'utf8')) as {
    siteSeconds: number;
    printablesSeconds: number;
    imagesSeconds: number;
    peakMemoryBytes: number;
    precache: { files: number; bytes: number; gzipBytes: number; deferred: number };
  };
  const figures = await measureDist(
    distDir,
    content.layanan.map((layanan) => paths.layanan(layanan)),
  );

  const printedPaths = [
    ...content.desa.map((desa) => paths.desa(desa)),
    ...content.layanan.map((layanan) => paths.layanan(layanan)),
    ...content.acara.map((acara) => paths.acara(acara)),
  ];
  const densest = (situs: string) => {
    const codes = printedPaths.map((path) => encodeQr(absoluteUrl(situs, path)));
    const longest = codes.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const maxVersion = Math.max(...codes.map((code) => code.version));
    return `${longest.text} → version ${longest.version} (${longest.errorCorrection}); highest of all printed codes: ${maxVersion}`;
  };
  const rows: [string, string][] = [
    ['content', `${content.layanan.length} layanan, ${content.desa.length} desa`],
    ['total build (check + site + PDFs)', `${totalSeconds.toFixed(1)} s`],
    ['site build', `${summary.siteSeconds.toFixed(1)} s`],
    ['pages', `${figures.pages} (${(figures.pages / summary.siteSeconds).toFixed(0)} pages/s)`],
    ['posters + sheets', `${summary.printablesSeconds.toFixed(1)} s`],
    [
      'village posters',
      `${figures.villagePosters} (${(figures.villagePosters / summary.printablesSeconds).toFixed(1)} posters/s, incl. sheets' time)`,
    ],
    [
      'bytes per village poster',
      `median ${kb(median(figures.villagePosterBytes))}, max ${kb(Math.max(...figures.villagePosterBytes))}`,
    ],
    ['requirement sheets', String(figures.sheets)],
    [
      'images (link previews + square)',
      `${figures.ogImageBytes.length} + ${figures.squareImageBytes.length} in ${summary.imagesSeconds.toFixed(1)} s ` +
        `(${((figures.ogImageBytes.length + figures.squareImageBytes.length) / summary.imagesSeconds).toFixed(1)} images/s)`,
    ],
    ['bytes per link preview (1200 × 630)', spread(figures.ogImageBytes)],
    ['bytes per square image (1080 × 1080)', spread(figures.squareImageBytes)],
    ['peak memory (build process)', `${(summary.peakMemoryBytes / 1024 / 1024).toFixed(0)} MB`],
    [
      'service page first view (gzip)',
      `median ${kb(median(figures.firstViewGzip))}, max ${kb(Math.max(...figures.firstViewGzip))} (budget 14.0 KB)`,
    ],
    [
      'offline precache (service worker)',
      `${summary.precache.files} files, ${summary.precache.bytes} bytes (${summary.precache.gzipBytes} bytes gzip)` +
        (summary.precache.deferred ? `; ${summary.precache.deferred} pages over budget, kept once opened` : ''),
    ],
    ['longest printed URL (QR)', densest(content.kecamatan.situs)],
    ['same paths on a real domain', densest(REALISTIC_SITUS)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  if (withLighthouse) await printLighthouse(distDir, [paths.home(), paths.layanan(content.layanan[0]!)]);
}

async function printLighthouse(distDir: string, sitePaths: string[]): Promise<void> {
  console.log('\nLighthouse (chromium, served locally; performance, accessibility, best-practices, seo):');
  for (const { path, scores, flagged } of await lighthouseScores(distDir, sitePaths)) {
    console.log(`  ${path.padEnd(16)} ${Object.values(scores).join(' / ')}`);
    for (const audit of flagged) console.log(`    below full marks: ${audit}`);
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function spread(bytes: readonly number[]): string {
  return `median ${kb(median(bytes))}, max ${kb(Math.max(...bytes))} (budget 300.0 KB)`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
