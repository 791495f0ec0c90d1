// `npm run bench`: builds the sample content and a generated large set, and prints what it measured.
// Figures, not pass/fail: budgets are guarded by tests, speed is watched here.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { keluarFlag, kertasFlag, kontenFlag, type ValueFlag } from '../src/cli/flags.ts';
import { runCommand } from '../src/cli/run-command.ts';
import { todayLine } from '../src/cli/today-line.ts';
import { encodeQr } from '../src/drawing/qr-code.ts';
import { TODAY_VARIABLE, today } from '../src/core/clock.ts';
import { loadContentOrThrow } from '../src/lib/content/load-content.ts';
import { absoluteUrl, paths } from '../src/lib/urls.ts';
import { generateContent } from './bench/generate-content.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { measureDist } from './bench/measure-dist.ts';

const REALISTIC_SITUS = 'https://kemlagi.mojokertokab.go.id/';

// Unlike the build, the bench writes to a throw-away folder unless told where to keep its output.
const keepFlag: ValueFlag<string | undefined> = {
  ...keluarFlag,
  example: 'hasil-bench',
  help: 'simpan konten besar dan hasil build di folder ini (bawaan: folder sementara, dihapus setelahnya)',
  read: (raw) => (raw === undefined ? undefined : keluarFlag.read(raw)),
};

await runCommand({
  name: 'bench',
  summary:
    'mengukur kecepatan build dan poster, ukuran berkas, memori, bobot halaman dan skor Lighthouse, untuk konten ' +
    'contoh dan satu set besar (1.000 layanan, 300 desa) yang dibuat dari contoh itu. Hanya angka, bukan uji.',
  flags: {
    konten: {
      ...kontenFlag,
      help: 'konten contoh yang diukur dan menjadi dasar set besar (bawaan: PELITA_CONTENT, atau content)',
    },
    keluar: keepFlag,
    kertas: kertasFlag,
  },
  example: '--konten content --keluar hasil-bench --kertas a4,f4',
  async run({ konten, keluar, kertas }) {
    console.log(todayLine());
    // Both sets are built on the same day, the one printed above, even if midnight passes during the run.
    const env = { ...process.env, [TODAY_VARIABLE]: today() };
    const work = keluar ?? (await mkdtemp(join(tmpdir(), 'pelita-bench-')));
    try {
      const largeDir = join(work, 'konten-besar');
      await rm(largeDir, { recursive: true, force: true }); // a kept folder from an earlier run
      await mkdir(work, { recursive: true });
      await generateContent(konten, largeDir, { layanan: 1000, desa: 300 });
      const sets = [
        [`contoh (${shownPath(konten)}/)`, konten],
        ['besar (1.000 layanan, 300 desa)', largeDir],
      ] as const;
      for (const [index, [name, dir]] of sets.entries()) {
        console.log(`\n== ${name}`);
        await benchSet(dir, join(work, name.split(' ')[0]!), {
          env,
          kertas: kertas.join(','),
          withLighthouse: index === 0,
        });
      }
      if (keluar) console.log(`\nHasil disimpan di ${keluar}/.`);
    } finally {
      if (!keluar) await rm(work, { recursive: true, force: true });
    }
  },
});

interface BuildSettings {
  env: NodeJS.ProcessEnv;
  kertas: string;
  withLighthouse: boolean;
}

/** Inside the project the short path (content), elsewhere the full one. */
function shownPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') || fromCwd === '' ? path : fromCwd;
}

async function benchSet(contentDir: string, outRoot: string, settings: BuildSettings): Promise<void> {
  const content = await loadContentOrThrow(contentDir);
  const distDir = join(outRoot, 'dist');
  const summaryFile = join(outRoot, 'ringkasan.json');
  const started = performance.now();
  await promisify(execFile)(
    process.execPath,
    [
      'scripts/build.ts',
      '--konten',
      contentDir,
      '--keluar',
      distDir,
      '--kertas',
      settings.kertas,
      '--ringkasan',
      summaryFile,
    ],
    { env: settings.env, maxBuffer: 256 * 1024 * 1024 },
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

  const kkFirstView = figures.firstViewGzip[content.layanan.findIndex((layanan) => layanan.slug === 'kk')];

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
    // The KK page asks "Apa keperluan Anda?" and carries every case's list, so it is watched on its own.
    ['KK page first view (gzip)', kkFirstView === undefined ? 'no kk service' : `${kb(kkFirstView)} (budget 14.0 KB)`],
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
  if (settings.withLighthouse) await printLighthouse(distDir, [paths.home(), paths.layanan(content.layanan[0]!)]);
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
