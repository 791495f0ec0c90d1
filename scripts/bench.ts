// `npm run bench`: builds content sets (the sample, a generated large kecamatan, a kabupaten and a
// province from the official register), each cold, warm (from the render cache) and after one service
// edit, and prints what it measured beside the floors measured in the same run. Figures, not pass/fail:
// budgets are guarded by tests, speed is watched here.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { closestMatch } from '../src/core/edit-distance.ts';
import { UserError } from '../src/core/user-error.ts';
import { keluarFlag, kertasFlag, kontenFlag, type ValueFlag } from '../src/cli/flags.ts';
import { runCommand } from '../src/cli/run-command.ts';
import { todayLine } from '../src/cli/today-line.ts';
import { encodeQr } from '../src/drawing/qr-code.ts';
import { TODAY_VARIABLE, today } from '../src/core/clock.ts';
import { loadContentOrThrow } from '../src/lib/content/load-content.ts';
import { absoluteUrl, paths } from '../src/lib/urls.ts';
import { astroFloor, imageFloor, pdfFloor } from './bench/floors.ts';
import { drawnCount, runBuild, sumBuilds, type BuildRecord } from './bench/run-build.ts';
import { DEFAULT_SETS, prepareSet, SET_NAMES, type BenchSet, type SetName } from './bench/sets.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { measureDist } from './bench/measure-dist.ts';

const REALISTIC_SITUS = 'https://kemlagi.mojokertokab.go.id/';
const NOT_MEASURED = 'not measured (--dingin-saja)';

// Unlike the build, the bench writes to a throw-away folder unless told where to keep its output.
const keepFlag: ValueFlag<string | undefined> = {
  ...keluarFlag,
  example: 'hasil-bench',
  help: 'simpan konten besar dan hasil build di folder ini (bawaan: folder sementara, dihapus setelahnya)',
  read: (raw) => (raw === undefined ? undefined : keluarFlag.read(raw)),
};

const setFlag: ValueFlag<SetName[]> = {
  placeholder: 'contoh,besar[,kabupaten,provinsi]',
  example: 'contoh,besar,kabupaten',
  help: `set konten yang diukur, dipisah koma: ${SET_NAMES.join(', ')} (bawaan: ${DEFAULT_SETS.join(',')})`,
  read: (raw) => {
    if (raw === undefined) return DEFAULT_SETS;
    const names = raw.split(',').map((name) => name.trim());
    for (const name of names) {
      if (!(SET_NAMES as readonly string[]).includes(name)) {
        const hint = closestMatch(name, SET_NAMES);
        throw new UserError(
          `Set "${name}" tidak dikenal${hint ? `; maksud Anda "${hint}"?` : ''} Pilihan: ${SET_NAMES.join(', ')}.`,
        );
      }
    }
    return names as SetName[];
  },
};

const sampelFlag: ValueFlag<number> = {
  placeholder: '<jumlah>',
  example: '12',
  help: 'bila tata letak kabupaten belum bisa dibangun: berapa kecamatan provinsi yang dibangun satu per satu sebagai sampel (bawaan: 12)',
  read: (raw) => {
    const value = Number(raw ?? 12);
    if (!Number.isInteger(value) || value < 1)
      throw new UserError(`--sampel harus bilangan bulat ≥ 1, bukan "${raw}".`);
    return value;
  },
};

await runCommand({
  name: 'bench',
  summary:
    'mengukur kecepatan build (dingin, hangat dari cache, dan setelah satu layanan diubah), poster, gambar, ukuran berkas, ' +
    'memori, bobot halaman dan skor Lighthouse, untuk konten contoh, satu set besar, satu kabupaten dan satu provinsi ' +
    'dari daftar wilayah resmi, di samping batas bawah yang diukur pada jalan yang sama. Hanya angka, bukan uji.',
  flags: {
    konten: {
      ...kontenFlag,
      help: 'konten contoh yang diukur dan menjadi dasar set lain (bawaan: PELITA_CONTENT, atau content)',
    },
    keluar: keepFlag,
    kertas: kertasFlag,
    set: setFlag,
    sampel: sampelFlag,
    'dingin-saja': {
      switch: true,
      help: 'ukur build dingin saja, tanpa build hangat dan tanpa build setelah satu layanan diubah (untuk set provinsi)',
    },
  },
  example: '--set contoh,besar,kabupaten --keluar hasil-bench',
  async run({ konten, keluar, kertas, set, sampel, 'dingin-saja': coldOnly }) {
    console.log(todayLine());
    // Every set is built on the same day, the one printed above, even if midnight passes during the run.
    const env = { ...process.env, [TODAY_VARIABLE]: today() };
    const work = keluar ?? (await mkdtemp(join(tmpdir(), 'pelita-bench-')));
    try {
      await mkdir(work, { recursive: true });
      for (const name of set) {
        await rm(join(work, name), { recursive: true, force: true }); // a kept folder from an earlier run
        await rm(join(work, `konten-${name}`), { recursive: true, force: true });
        const benchSet = await prepareSet(name, shownPath(konten), work, sampel);
        console.log(`\n== ${benchSet.title}`);
        await benchOne(benchSet, join(work, name), {
          env,
          kertas: kertas.join(','),
          withLighthouse: name === 'contoh',
          coldOnly,
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
  /** Only the cold build: a province's warm and edited builds add half an hour. */
  coldOnly: boolean;
}

/** Inside the project the short path (content), elsewhere the full one. */
function shownPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') || fromCwd === '' ? path : fromCwd;
}

type Row = [string, string];

async function benchOne(benchSet: BenchSet, outRoot: string, settings: BuildSettings): Promise<void> {
  const load = () =>
    loadavg()
      .map((value) => value.toFixed(1))
      .join(' ');
  const loadBefore = load();
  const cacheDir = join(outRoot, 'cache');
  const buildAll = async (phase: string, cache: string) => {
    const records: BuildRecord[] = [];
    for (const [index, contentDir] of benchSet.units.entries()) {
      const distDir = join(outRoot, phase, String(index));
      await mkdir(join(outRoot, phase), { recursive: true });
      const record = await runBuild({ contentDir, distDir, cache, kertas: settings.kertas, env: settings.env });
      records.push(record);
      // A province is dozens of builds: say how far it is.
      if (benchSet.units.length > 1) {
        const name = relative(dirname(contentDir), contentDir);
        console.log(`  ${phase} ${index + 1}/${benchSet.units.length} ${name}: ${record.seconds.toFixed(1)} s`);
      }
    }
    return { record: sumBuilds(records), records, firstDist: join(outRoot, phase, '0') };
  };
  const cold = await buildAll('dingin', cacheDir);
  const warm = settings.coldOnly ? undefined : await buildAll('hangat', cacheDir);
  const edited = settings.coldOnly ? undefined : await editOneService(benchSet.units);
  const afterEdit = settings.coldOnly ? undefined : await buildAll('diubah', cacheDir);
  const loadAfter = load();

  const { record } = cold;
  const pdfs = record.printables.files;
  const posters = pdfs.filter((file) => file.kind === 'poster-desa').length;
  const images = record.images.length;
  // A set of many folders is measured against the floors of its first folder: the floors grow with the
  // work, and drawing a province's worth of blank images would take longer than the province's build.
  const basis = cold.records.length > 1 ? cold.records[0]! : record;
  const onFirst = cold.records.length > 1 ? ' (first folder)' : '';
  const floors = {
    pdf: await pdfFloor(basis.printables.files.map((file) => file.qr)),
    posters: await pdfFloor(
      basis.printables.files
        .filter((file) => file.kind === 'poster-desa' || file.kind === 'poster-semua')
        .map((file) => file.qr),
    ),
    site: await astroFloor(basis.pages, outRoot),
    images: await imageFloor(
      basis.images.map((image) => (image.kind === 'og' ? { width: 1200, height: 630 } : { width: 1080, height: 1080 })),
    ),
  };
  const scale = benchSet.scale;
  const total = (seconds: number) =>
    scale === 1
      ? `${seconds.toFixed(1)} s`
      : `${seconds.toFixed(1)} s (whole set ≈ ${((seconds * scale) / 60).toFixed(1)} min)`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const ratio = (seconds: number, floor: number) =>
    `${floor.toFixed(2)} s → Pelita ${(seconds / floor).toFixed(1)}× the floor`;
  const rows: Row[] = [
    ['build mode', benchSet.mode],
    [
      'content built',
      `${benchSet.units.length} folder(s): ${posters} village posters, ${pdfs.length} PDFs, ${images} images, ${record.pages} pages`,
    ],
    ['cold build (check + site + PDFs + images)', `${total(record.seconds)}, peak RSS ${mb(record.peakMemoryBytes)}`],
    [
      'warm build (render cache hit)',
      warm
        ? `${total(warm.record.seconds)}, peak RSS ${mb(warm.record.peakMemoryBytes)}, ${drawnCount(warm.record)} files drawn`
        : NOT_MEASURED,
    ],
    [
      `one service edited${edited ? ` (${edited})` : ''}`,
      afterEdit
        ? `${total(afterEdit.record.seconds)}, ${drawnCount(afterEdit.record)} files drawn, peak RSS ${mb(afterEdit.record.peakMemoryBytes)}`
        : NOT_MEASURED,
    ],
    [
      'site build, cold / warm',
      `${record.siteSeconds.toFixed(1)} s / ${warm ? `${warm.record.siteSeconds.toFixed(1)} s` : '-'} (${(record.pages / record.siteSeconds).toFixed(0)} pages/s)`,
    ],
    [
      'posters + sheets, cold / warm',
      `${record.printablesSeconds.toFixed(1)} s / ${warm ? `${warm.record.printablesSeconds.toFixed(1)} s` : '-'}`,
    ],
    [
      'village posters, cold (with the all-villages files)',
      `${posters} in ${record.villagePostersSeconds.toFixed(1)} s (${(posters / record.villagePostersSeconds).toFixed(1)} posters/s; drawn before the sheets)`,
    ],
    [
      'images, cold / warm',
      `${images} in ${record.imagesSeconds.toFixed(1)} s (${(images / record.imagesSeconds).toFixed(1)} images/s) / ${warm ? `${warm.record.imagesSeconds.toFixed(1)} s` : '-'}`,
    ],
    [
      `floor: pdf-lib, the village posters' QR codes only${onFirst}`,
      ratio(basis.villagePostersSeconds, floors.posters),
    ],
    [`floor: pdf-lib, every PDF's QR codes only${onFirst}`, ratio(basis.printablesSeconds, floors.pdf)],
    [`floor: Astro, as many bare pages${onFirst}`, ratio(basis.siteSeconds, floors.site)],
    [`floor: resvg, as many blank images${onFirst}`, ratio(basis.imagesSeconds, floors.images)],
    [
      'load average (1/5/15 min), before / after',
      `${loadBefore} / ${loadAfter} (2 cores; other work slows every figure)`,
    ],
  ];
  if (benchSet.single) rows.push(...(await distRows(benchSet.units[0]!, cold.firstDist, record)));
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  if (settings.withLighthouse) {
    const content = await loadContentOrThrow(benchSet.units[0]!);
    await printLighthouse(cold.firstDist, [paths.home(), paths.layanan(content.layanan[0]!)]);
  }
}

/** Changes one requirement of the first shared service in every folder: what a staff edit does. */
async function editOneService(units: readonly string[]): Promise<string> {
  let name = '';
  for (const unit of units) {
    const dir = join(unit, 'layanan');
    name ||= (await readdir(dir)).filter((file) => file.endsWith('.md')).sort()[0]!;
    const file = join(dir, name);
    const text = await readFile(file, 'utf8');
    const edited = text.replace(/^(\s*-\s*dokumen:\s*)(.+)$/m, '$1$2 (diubah)');
    if (edited === text) throw new Error(`no requirement to edit in ${file}`);
    await writeFile(file, edited);
  }
  return `a requirement of layanan/${name}`;
}

/** The detailed figures of one kecamatan's build: sizes, first view, QR versions. */
async function distRows(contentDir: string, distDir: string, summary: BuildRecord): Promise<Row[]> {
  const content = await loadContentOrThrow(contentDir);
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
  return [
    ['content', `${content.layanan.length} layanan, ${content.desa.length} desa`],
    ['requirement sheets', String(figures.sheets)],
    [
      'bytes per village poster',
      `median ${kb(median(figures.villagePosterBytes))}, max ${kb(Math.max(...figures.villagePosterBytes))}`,
    ],
    ['bytes per link preview (1200 × 630)', spread(figures.ogImageBytes)],
    ['bytes per square image (1080 × 1080)', spread(figures.squareImageBytes)],
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
